import {
  countsPerYear,
  highlightsOf,
  ratingHistory,
  ratingRuns,
  tenures,
  thinRatingHistory,
} from './overview-model.ts';
import { layoutOverview, type OverviewLayout } from './overview-layout.ts';
import { layoutTexts } from './overview-text.ts';
import type { TimelineEvent } from './schema/event.ts';
import type { Dataset } from './schema/dataset.ts';
import { utcDay } from './partial-date.ts';
import { binSizeFor } from './year-bins.ts';
import { yearSpan } from './summarize-dataset.ts';
import type { OverviewGeometry } from './timeline-payload.ts';

// Large files: keep the chart (and the page) light; the year pages hold the detail.
const MAX_MARKS = 240;
// Callouts are for a handful of turning points; past this many, the first ones are drawn and the table lists all.
const MAX_CALLOUTS = 24;

/** Everything the overview chart and its tables show, worked out once from the sorted events. */
export function overviewOf(
  events: readonly TimelineEvent[],
  focus?: Dataset['focus'],
  yearLabel?: (year: number) => string,
) {
  const span = yearSpan(events) ?? [2000, 2000];
  // A bar per year for a story of decades; per decade, century… for a history of centuries or millennia.
  const binYears = binSizeFor(span[0], span[1]);
  const counts = countsPerYear(events, span, binYears);
  // The last rating holds until the end of the chart's last year.
  const ratings = ratingHistory(events, utcDay(span[1] + 1));
  const drawn = thinRatingHistory(ratings, MAX_MARKS);
  const allTenures = tenures(events);
  const highlights = highlightsOf(events);
  const layout = layoutOverview(
    counts,
    drawn,
    ratingRuns(drawn),
    tenures(events, 6),
    highlights.slice(0, MAX_CALLOUTS),
    focus && { from: focus.from.start, to: focus.to.end },
    { binYears, ...(yearLabel ? { yearLabel } : {}) },
  );
  return {
    counts,
    ratings,
    allTenures,
    highlights,
    layout,
    text: layoutTexts(layout),
    tablesFit: ratings.length <= MAX_MARKS && allTenures.length <= MAX_MARKS,
  };
}

/** The chart's scale and geometry as the browser needs them (see TimelinePayload). */
export function overviewGeometry(layout: OverviewLayout): OverviewGeometry {
  return {
    domain: layout.domain,
    range: layout.range,
    bars: { ...layout.barsGeometry, yMax: layout.yMax },
    years: layout.years,
    binYears: layout.binYears,
  };
}
