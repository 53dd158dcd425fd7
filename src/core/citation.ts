import { formatMessage } from './messages.ts';
import { formatPartialDate, type DateWords, type PartialDate } from './partial-date.ts';

/** The interface text a citation is made of (see src/i18n). */
export interface CitationStrings extends DateWords {
  /** "“{title}”, in {site}" */
  citeWork: string;
  /** "Last updated {date}." */
  citeUpdated: string;
}

/** A ready citation line, in the form most school and university guides accept: who, title, where, when. */
export function citation(options: {
  siteTitle: string;
  title?: string;
  url: string;
  updated?: PartialDate;
  language: string;
  t: CitationStrings;
}): string {
  const { t, language } = options;
  const work = options.title
    ? formatMessage(t.citeWork, { title: options.title, site: options.siteTitle }, language)
    : options.siteTitle;
  const updated = options.updated
    ? ` ${formatMessage(t.citeUpdated, { date: formatPartialDate(options.updated, language, t) }, language)}`
    : '';
  return `${work}. ${options.url}.${updated}`;
}
