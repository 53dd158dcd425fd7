// The timeline's axis: where its ticks go and what they say, at any zoom from days to centuries. Pure and in UTC
// (dates are calendar dates: no reader's time zone may shift them), labels in the story's language.

export interface TimeWindow {
  start: number;
  end: number;
}

export interface Tick {
  time: number;
  x: number;
  label: string;
}

export interface AxisTicks {
  /** The finer ticks (days, months or years), each labelled. */
  minor: Tick[];
  /** The coarser context above them (the month of days, the year of months); empty when minor ticks are years. */
  major: Tick[];
}

type Unit = 'day' | 'month' | 'year';
interface Step {
  unit: Unit;
  n: number;
}
const STEPS: Step[] = [
  { unit: 'day', n: 1 },
  { unit: 'day', n: 2 },
  { unit: 'day', n: 5 },
  { unit: 'day', n: 10 },
  { unit: 'month', n: 1 },
  { unit: 'month', n: 3 },
  { unit: 'month', n: 6 },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((n) => ({ unit: 'year' as const, n })),
];
const DAY = 86_400_000;
const APPROX: Record<Unit, number> = { day: DAY, month: 30.44 * DAY, year: 365.25 * DAY };
/** Space each label needs, in px, at the timeline's 13 px type: "28", "Sept", "2008" and a gap. */
const MIN_SPACING: Record<Unit, number> = { day: 40, month: 48, year: 52 };

/** x (px) of an instant in a window drawn `width` px wide. */
export function xOf(time: number, window: TimeWindow, width: number): number {
  return ((time - window.start) / (window.end - window.start)) * width;
}

/** The instant at x px. */
export function timeAt(x: number, window: TimeWindow, width: number): number {
  return window.start + (x / width) * (window.end - window.start);
}

/** The finest step whose ticks stay far enough apart to be labelled. */
export function stepFor(window: TimeWindow, width: number): Step {
  const msPerPx = (window.end - window.start) / Math.max(1, width);
  return STEPS.find((s) => (s.n * APPROX[s.unit]) / msPerPx >= MIN_SPACING[s.unit]) ?? STEPS.at(-1)!;
}

/** The step's boundaries inside the window, calendar-aligned in UTC. */
function boundaries(window: TimeWindow, step: Step): number[] {
  const out: number[] = [];
  const first = new Date(window.start);
  let y = first.getUTCFullYear();
  let m = first.getUTCMonth();
  if (step.unit === 'year') {
    y = Math.floor(y / step.n) * step.n;
    for (let t = Date.UTC(y, 0, 1); t <= window.end; t = Date.UTC((y += step.n), 0, 1)) {
      if (t >= window.start) out.push(t);
    }
    return out;
  }
  if (step.unit === 'month') {
    m = Math.floor(m / step.n) * step.n;
    for (let t = Date.UTC(y, m, 1); t <= window.end; t = Date.UTC(y, (m += step.n), 1)) {
      if (t >= window.start) out.push(t);
    }
    return out;
  }
  // Days restart at the 1st of every month, so ticks never drift (1, 11, 21 for a 10-day step); a tick too close to
  // the next month's 1st is left out.
  for (let t = Date.UTC(y, m, 1); t <= window.end; t += DAY) {
    const d = new Date(t);
    const day = d.getUTCDate();
    const daysLeft = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).getTime() / DAY - t / DAY;
    if (t >= window.start && (day - 1) % step.n === 0 && daysLeft >= step.n * 0.8) out.push(t);
  }
  return out;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) formats.set(key, (found = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' })));
  return found;
}

/** The axis for a window `width` px wide. */
export function axisTicks(window: TimeWindow, width: number, language: string): AxisTicks {
  const step = stepFor(window, width);
  const tick = (label: Intl.DateTimeFormat) => (time: number) => ({
    time,
    x: xOf(time, window, width),
    label: label.format(time),
  });
  const minorFormat =
    step.unit === 'day'
      ? format(language, { day: 'numeric' })
      : step.unit === 'month'
        ? format(language, { month: 'short' })
        : format(language, { year: 'numeric' });
  const minor = boundaries(window, step).map(tick(minorFormat));
  if (step.unit === 'year') return { minor, major: [] };
  const majorStep: Step = step.unit === 'day' ? { unit: 'month', n: 1 } : { unit: 'year', n: 1 };
  const majorFormat =
    step.unit === 'day' ? format(language, { month: 'long', year: 'numeric' }) : format(language, { year: 'numeric' });
  // The period the window opens in is named at the left edge, so a reader always knows which year (or month) it is.
  const startOfFirst = boundaries({ start: window.start - APPROX[majorStep.unit] * 1.1, end: window.start }, majorStep);
  const opening = startOfFirst.at(-1);
  const major = [...(opening !== undefined ? [opening] : []), ...boundaries(window, majorStep)]
    .filter((t, i, all) => all.indexOf(t) === i)
    .map(tick(majorFormat))
    .map((t) => (t.x < 0 ? { ...t, x: 0 } : t));
  return { minor, major };
}
