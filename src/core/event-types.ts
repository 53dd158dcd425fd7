// Constants shared by the schema and the browser code; kept free of zod so client bundles stay small.

/** The four kinds of event, in the order lanes and filters show them. */
export const EVENT_TYPES = ['report', 'inspection', 'appointment', 'case'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** A common scale for inspection ratings, from worst to best, so that different inspectorates' labels can be charted together. */
export const RATING_LEVELS = ['failing', 'weak', 'adequate', 'good', 'outstanding'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

/** A count of zero for every type, to count into. */
export function emptyTypeCounts(): Record<EventType, number> {
  return { report: 0, inspection: 0, appointment: 0, case: 0 };
}

/** An event id: a lowercase slug, used in the event's URL and in `?event=`. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An average year in milliseconds, for padding and zoom limits (never for calendar arithmetic). */
export const YEAR_MS = 365.25 * 86_400_000;
