import type { Dataset } from './schema/dataset.ts';
import type { TimelineEvent } from './schema/event.ts';

/** schema.org data for the timeline as a whole. */
export function siteJsonLd(data: Dataset, url: string, image: string | undefined) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: data.title,
    ...(data.description ? { description: data.description } : {}),
    url,
    // None when the share image cannot be drawn (a title in a script the fonts lack).
    ...(image ? { image } : {}),
    inLanguage: data.language,
    ...(data.updated ? { dateModified: data.updated.text } : {}),
  };
}

/** schema.org data for one event's page: an article about a dated event, citing its sources. */
export function eventJsonLd(
  event: TimelineEvent,
  data: Dataset,
  url: string,
  siteUrl: string,
  image: string | undefined,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: event.title,
    description: event.summary,
    url,
    ...(image ? { image } : {}),
    inLanguage: data.language,
    ...(data.updated ? { dateModified: data.updated.text } : {}),
    temporalCoverage: event.end ? `${event.date.text}/${event.end.text}` : event.date.text,
    ...(event.place ? { contentLocation: { '@type': 'Place', name: event.place } } : {}),
    isPartOf: { '@type': 'WebSite', name: data.title, url: siteUrl },
    citation: event.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title ?? s.description,
      publisher: { '@type': 'Organization', name: s.publisher },
      ...(s.date ? { datePublished: s.date.text } : {}),
      ...(s.url ? { url: s.url } : {}),
    })),
  };
}
