import { formatPartialDate } from './partial-date.ts';

/** A ready citation line, in the form most school and university guides accept: who, title, where, when. */
export function citation(options: {
  siteTitle: string;
  title?: string;
  url: string;
  updated?: string;
  language: string;
}): string {
  const updated = options.updated ? ` Last updated ${formatPartialDate(options.updated, options.language)}.` : '';
  const work = options.title ? `“${options.title}”, in ${options.siteTitle}` : options.siteTitle;
  return `${work}. ${options.url}.${updated}`;
}
