import { countsPerYear, ratingHistory, tenures, thinRatingHistory } from './overview-model.ts';
import { layoutOverview, type OverviewLayout } from './overview-layout.ts';
import type { TimelineEvent } from './schema/event.ts';
import { utcDay } from './partial-date.ts';
import { yearSpan } from './summarize-dataset.ts';
import type { OverviewGeometry } from './timeline-payload.ts';

// Large files: keep the chart (and the page) light; the year pages hold the detail.
const MAX_MARKS = 240;

/** Everything the overview chart and its tables show, worked out once from the sorted events. */
export function overviewOf(events: readonly TimelineEvent[]) {
  const span = yearSpan(events) ?? [2000, 2000];
  const counts = countsPerYear(events, span);
  // The last rating holds until the end of the chart's last year.
  const ratings = ratingHistory(events, utcDay(span[1] + 1));
  const allTenures = tenures(events);
  const layout = layoutOverview(counts, thinRatingHistory(ratings, MAX_MARKS), tenures(events, 6));
  return {
    counts,
    ratings,
    allTenures,
    layout,
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
  };
}
