// Constants shared by the schema and the browser code; kept free of zod so client bundles stay small.

/** The four kinds of event, in the order lanes and filters show them. */
export const EVENT_TYPES = ['report', 'inspection', 'appointment', 'case'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** A common scale for inspection ratings, from worst to best, so that different inspectorates' labels can be charted together. */
export const RATING_LEVELS = ['failing', 'weak', 'adequate', 'good', 'outstanding'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];
