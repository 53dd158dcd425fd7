import type { PartialDate } from '../core/partial-date.ts';
import type { Dataset } from '../core/schema/dataset.ts';

function tlDate(p: PartialDate) {
  return { year: p.year, ...(p.month ? { month: p.month } : {}), ...(p.day ? { day: p.day } : {}) };
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Our events as TimelineJS3 JSON: type becomes group, id becomes unique_id, sources become links in the text. Nobody is locked in. */
export function toTimelineJs(file: Pick<Dataset, 'title' | 'description' | 'events'>) {
  return {
    title: { text: { headline: escapeHtml(file.title), text: escapeHtml(file.description ?? '') } },
    events: file.events.map((e) => ({
      unique_id: e.id,
      group: e.type,
      start_date: tlDate(e.date),
      ...(e.end ? { end_date: tlDate(e.end) } : {}),
      text: {
        headline: escapeHtml(e.title),
        text: [
          `<p>${escapeHtml(e.summary)}</p>`,
          ...e.sources.map(
            (s) =>
              `<p>${s.url ? `<a href="${escapeHtml(s.url)}">` : ''}${escapeHtml(`${s.publisher}: ${s.title !== undefined ? `“${s.title}”` : s.description}`)}${s.url ? '</a>' : ''}</p>`,
          ),
        ].join(''),
      },
    })),
  };
}
