// The timeline axis's words: vis-timeline chooses where its ticks go; these say what they are, in the story's
// language and in UTC (dates are calendar dates: no reader's time zone may shift them).

/** vis-timeline's scales, finest first. */
export type AxisScale = 'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';

const formats = new Map<string, Intl.DateTimeFormat>();
function format(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) formats.set(key, (found = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' })));
  return found;
}

const MINOR: Partial<Record<AxisScale, Intl.DateTimeFormatOptions>> = {
  weekday: { weekday: 'short', day: 'numeric' },
  day: { day: 'numeric' },
  week: { day: 'numeric', month: 'short' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};
const MAJOR: Partial<Record<AxisScale, Intl.DateTimeFormatOptions>> = {
  weekday: { month: 'long', year: 'numeric' },
  day: { month: 'long', year: 'numeric' },
  week: { month: 'long', year: 'numeric' },
  month: { year: 'numeric' },
};

/**
 * Years before 1000 carry their era, as the pages write them ("491 BC", "79 AD"): Intl writes the year of a date
 * before year 1 counted back but without its era ("491" for -490), which a reader would take for AD.
 */
function withEra(time: number, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
  return options.year && new Date(time).getUTCFullYear() < 1000 ? { ...options, era: 'short' } : options;
}

/** A minor tick's label: "17", "May", "2008". Times of day never show: events are dated to the day at most. */
export function minorLabel(time: number, scale: AxisScale, language: string): string {
  const options = MINOR[scale];
  return options ? format(language, withEra(time, options)).format(time) : '';
}

/** A major tick's label, naming the period the minor ticks sit in ("May 2008" over days, "2008" over months). */
export function majorLabel(time: number, scale: AxisScale, language: string): string {
  const options = MAJOR[scale];
  return options ? format(language, withEra(time, options)).format(time) : '';
}
