// Everything the student handout (/handout/) shows, derived once from the site: its words come from the classroom
// file where it has them (the introduction, plain summaries of the key moments, the content note and help lines) and
// from the event file otherwise, so another story gets its own handout.
import type { Site } from './site-data.ts';
import { qrCode } from './qr-code.ts';
import { firstSentences, HANDOUT, overviewPaperHeight, planHandout, urlPieces } from '../core/handout.ts';
import { formatList } from '../core/list-format.ts';
import { formatPartialDate } from '../core/partial-date.ts';

/** How many publishers the source line names. */
const PUBLISHERS_NAMED = 4;

export function handoutOf(site: Site) {
  const { story, classroom, events, language, t, overview, references } = site;
  const intro =
    classroom?.handout?.intro ?? (story.description ? firstSentences(story.description, 2, language) : undefined);
  const sensitive = events.filter((e) => e.sensitive).length;
  const note = classroom?.contentNote ?? (sensitive > 0 ? t.handoutContentNote : undefined);
  const contentNote = note ? { text: note, help: t.handoutHelp, lines: classroom?.support ?? [] } : undefined;
  // The chronology's narrow column takes short months ("15 Oct 2013").
  const dates = new Map(events.map((e) => [e.id, formatPartialDate(e.date, language, t, true)]));
  const summaries = new Map(
    events.filter((e) => e.highlight).map((e) => [e.id, classroom?.handout?.summaries?.[e.id] ?? e.summary]),
  );
  const plan = planHandout({
    events,
    dates,
    summaries,
    paragraphs: [
      intro ?? '',
      contentNote ? `${contentNote.text} ${contentNote.help}` : '',
      ...(contentNote?.lines ?? []),
    ],
    chartHeight: overviewPaperHeight(overview.layout, overview.text[1]!),
  });
  // The publishers with the most distinct sources, most first.
  const perPublisher = new Map<string, number>();
  for (const source of references.sources)
    perPublisher.set(source.publisher, (perPublisher.get(source.publisher) ?? 0) + 1);
  const publishers = [...perPublisher]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], language))
    .slice(0, PUBLISHERS_NAMED)
    .map(([name]) => name);
  const url = site.url('/');
  return {
    intro,
    contentNote,
    dates,
    summaries,
    plan,
    sources: { count: references.sources.length, publishers: formatList(publishers, language) },
    url,
    /** The address as printed under the QR code, in pieces a line may break between. */
    urlPieces: urlPieces(url),
    qr: qrCode(url),
    /** The paper size the layout is estimated for, for the page's comments and tests. */
    paper: HANDOUT,
  };
}

export type Handout = ReturnType<typeof handoutOf>;
