// Stands in for the `moment` package inside vis-timeline (see astro.config.mjs): about 20 KB of the timeline's
// gzipped chunk. This timeline shows calendar dates in UTC (its `moment` option was `moment(d).utc()`), draws its
// axis labels with its own functions (src/core/time-axis.ts) and uses no custom time bar, hidden dates or editing,
// so what vis-timeline needs from moment is UTC date arithmetic: this is that, with moment's own rules (months
// clamp to their last day, weeks start on Sunday as in moment's default English locale, mutating setters that
// return the moment). Every call vis-timeline 8.5 makes is covered; tests/unit/vendor-moment.test.ts checks each
// against the real moment in UTC mode. Strings without an offset are read as UTC (moment would read them in the
// reader's zone and then convert): this site gives vis-timeline only numbers and dates.

type Input = UtcMoment | Date | number | string | null | undefined;
type Unit = 'millisecond' | 'second' | 'minute' | 'hour' | 'day' | 'week' | 'isoWeek' | 'month' | 'quarter' | 'year';

const UNITS: Record<string, Unit> = {
  ms: 'millisecond',
  millisecond: 'millisecond',
  milliseconds: 'millisecond',
  s: 'second',
  second: 'second',
  seconds: 'second',
  m: 'minute',
  minute: 'minute',
  minutes: 'minute',
  h: 'hour',
  hour: 'hour',
  hours: 'hour',
  d: 'day',
  day: 'day',
  days: 'day',
  date: 'day',
  w: 'week',
  week: 'week',
  weeks: 'week',
  isoWeek: 'isoWeek',
  isoWeeks: 'isoWeek',
  W: 'isoWeek',
  M: 'month',
  month: 'month',
  months: 'month',
  Q: 'quarter',
  quarter: 'quarter',
  quarters: 'quarter',
  y: 'year',
  year: 'year',
  years: 'year',
};
const FIXED: Partial<Record<Unit, number>> = { millisecond: 1, second: 1e3, minute: 6e4, hour: 36e5 };
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

function unitOf(name: string | undefined): Unit | undefined {
  return name === undefined ? undefined : (UNITS[name] ?? UNITS[name.toLowerCase()]);
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
function daysInMonth(year: number, month: number) {
  const m = ((month % 12) + 12) % 12;
  const y = year + (month - m) / 12;
  return m === 1 ? (isLeap(y) ? 29 : 28) : 31 - ((m % 7) % 2);
}
/** Date.UTC, without its mapping of years 0–99 to 1900–1999; months and days may overflow, as there. */
function utc(year: number, month = 0, day = 1) {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}
const pad = (n: number, width = 2) => `${n < 0 ? '-' : ''}${String(Math.abs(n)).padStart(width, '0')}`;
const ordinal = (n: number) => {
  const tens = Math.floor((n % 100) / 10);
  const last = n % 10;
  return `${n}${tens === 1 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th'}`;
};

/** moment's week of the year for its default English locale (weeks start on Sunday; 1 January is in week 1). */
function firstWeekOffset(year: number) {
  const firstDay = new Date(utc(year, 0, 1)).getUTCDay();
  return -firstDay;
}
function weeksInYear(year: number) {
  return (365 + (isLeap(year) ? 1 : 0) - firstWeekOffset(year) + firstWeekOffset(year + 1)) / 7;
}

function parse(input: Input): number {
  if (input === undefined) return Date.now();
  if (input === null) return NaN;
  if (input instanceof UtcMoment || input instanceof Date) return input.valueOf();
  if (typeof input === 'number') return input;
  // ISO 8601: a date, or a date and time; with no offset it is UTC (see above).
  const match =
    /^([+-]\d{6}|\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:[T ](\d\d)(?::(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?$/i.exec(
      input.trim(),
    );
  if (!match) return Date.parse(input);
  const [, y, mo = '1', d = '1', h = '0', mi = '0', s = '0', frac = '0', zone] = match;
  let time =
    utc(Number(y), Number(mo) - 1, Number(d)) +
    Number(h) * 36e5 +
    Number(mi) * 6e4 +
    Number(s) * 1e3 +
    Math.round(Number(`0.${frac}`) * 1000);
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    time -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) * 6e4;
  }
  return time;
}

export class UtcMoment {
  readonly _isAMomentObject = true;
  readonly _isUTC = true;
  _d: Date;

  constructor(input?: Input) {
    this._d = new Date(parse(input));
  }

  valueOf() {
    return this._d.getTime();
  }
  toDate() {
    return new Date(this.valueOf());
  }
  toISOString() {
    return this._d.toISOString();
  }
  toJSON() {
    return this.isValid() ? this.toISOString() : null;
  }
  toString() {
    return this._d.toUTCString();
  }
  clone() {
    return new UtcMoment(this.valueOf());
  }
  isValid() {
    return !Number.isNaN(this.valueOf());
  }
  utc() {
    return this;
  }
  locale(): string;
  locale(name: string): this;
  locale(name?: string): string | this {
    return name === undefined ? 'en' : this;
  }
  lang(name?: string) {
    return name === undefined ? 'en' : this;
  }

  // Getters with no argument, setters (returning the moment) with one: as moment's.
  year(): number;
  year(value: number): this;
  year(value?: number): number | this {
    if (value === undefined || value === null) return this._d.getUTCFullYear();
    if (!this.isValid() || Number.isNaN(value)) return this;
    const month = this.month();
    // 29 February in a year that has none becomes 28 February.
    if (month === 1 && this.date() === 29) this._d.setUTCFullYear(value, 1, daysInMonth(value, 1));
    else this._d.setUTCFullYear(value);
    return this;
  }
  month(): number;
  month(value: number): this;
  month(value?: number): number | this {
    if (value === undefined || value === null) return this._d.getUTCMonth();
    if (!this.isValid() || Number.isNaN(value)) return this;
    this._d.setUTCMonth(value, Math.min(this.date(), daysInMonth(this.year(), value)));
    return this;
  }
  date(): number;
  date(value: number): this;
  date(value?: number): number | this {
    return this.#field(value, 'Date');
  }
  hours(): number;
  hours(value: number): this;
  hours(value?: number): number | this {
    return this.#field(value, 'Hours');
  }
  minutes(): number;
  minutes(value: number): this;
  minutes(value?: number): number | this {
    return this.#field(value, 'Minutes');
  }
  seconds(): number;
  seconds(value: number): this;
  seconds(value?: number): number | this {
    return this.#field(value, 'Seconds');
  }
  milliseconds(): number;
  milliseconds(value: number): this;
  milliseconds(value?: number): number | this {
    return this.#field(value, 'Milliseconds');
  }
  #field(value: number | undefined | null, name: 'Date' | 'Hours' | 'Minutes' | 'Seconds' | 'Milliseconds') {
    if (value === undefined || value === null) return this._d[`getUTC${name}`]();
    if (this.isValid() && !Number.isNaN(value)) this._d[`setUTC${name}`](value);
    return this;
  }
  /** Day of the week, 0 = Sunday; a setter moves within the week. */
  day(): number;
  day(value: number): this;
  day(value?: number): number | this {
    const day = this._d.getUTCDay();
    return value === undefined || value === null ? day : this.add(value - day, 'day');
  }
  /** The locale's day of the week: moment's English locale starts weeks on Sunday, so it is day(). */
  weekday(): number;
  weekday(value: number): this;
  weekday(value?: number): number | this {
    return value === undefined || value === null ? this.day() : this.day(value);
  }
  isoWeekday(): number;
  isoWeekday(value: number): this;
  isoWeekday(value?: number): number | this {
    if (value === undefined || value === null) return this.day() || 7;
    return this.day(this.day() % 7 ? value : value - 7);
  }
  dayOfYear(): number;
  dayOfYear(value: number): this;
  dayOfYear(value?: number): number | this {
    const day =
      Math.round((this.clone().startOf('day').valueOf() - this.clone().startOf('year').valueOf()) / 864e5) + 1;
    return value === undefined || value === null ? day : this.add(value - day, 'day');
  }
  week(): number;
  week(value: number): this;
  week(value?: number): number | this {
    const year = this.year();
    let week = Math.floor((this.dayOfYear() - firstWeekOffset(year) - 1) / 7) + 1;
    if (week < 1) week += weeksInYear(year - 1);
    else if (week > weeksInYear(year)) week -= weeksInYear(year);
    return value === undefined || value === null ? week : this.add((value - week) * 7, 'day');
  }
  add(amount: number | string, unit?: string) {
    const n = Number(amount);
    const u = unitOf(unit) ?? 'millisecond';
    if (!this.isValid() || Number.isNaN(n) || n === 0) return this;
    const fixed = FIXED[u];
    if (fixed) this._d.setTime(this.valueOf() + n * fixed);
    else if (u === 'day' || u === 'week' || u === 'isoWeek')
      this._d.setUTCDate(this.date() + n * (u === 'day' ? 1 : 7));
    else this.month(this.month() + n * (u === 'month' ? 1 : u === 'quarter' ? 3 : 12));
    return this;
  }
  subtract(amount: number | string, unit?: string) {
    return this.add(-Number(amount), unit);
  }
  startOf(unit?: string) {
    const u = unitOf(unit);
    if (!u || u === 'millisecond' || !this.isValid()) return this;
    const fixed = FIXED[u];
    if (fixed) {
      const t = this.valueOf();
      this._d.setTime(t - (((t % fixed) + fixed) % fixed));
      return this;
    }
    const [y, m, d] = [this.year(), this.month(), this.date()];
    const start: Record<string, () => number> = {
      year: () => utc(y),
      quarter: () => utc(y, m - (m % 3)),
      month: () => utc(y, m),
      week: () => utc(y, m, d - this.weekday()),
      isoWeek: () => utc(y, m, d - ((this.day() + 6) % 7)),
      day: () => utc(y, m, d),
    };
    this._d.setTime(start[u]!());
    return this;
  }
  endOf(unit?: string) {
    const u = unitOf(unit);
    if (!u || u === 'millisecond' || !this.isValid()) return this;
    return this.startOf(u)
      .add(1, u === 'isoWeek' ? 'week' : u)
      .subtract(1, 'millisecond');
  }
  isSame(input: Input, unit?: string) {
    const other = parse(input);
    const u = unitOf(unit) ?? 'millisecond';
    if (u === 'millisecond') return this.valueOf() === other;
    return this.clone().startOf(u).valueOf() <= other && other <= this.clone().endOf(u).valueOf();
  }
  isBefore(input: Input) {
    return this.valueOf() < parse(input);
  }
  isAfter(input: Input) {
    return this.valueOf() > parse(input);
  }
  /** Whole units from `input` to this moment, truncated towards zero, as moment's diff. */
  diff(input: Input, unit?: string) {
    const other = new UtcMoment(input);
    const u = unitOf(unit) ?? 'millisecond';
    let value: number;
    if (u === 'month' || u === 'quarter' || u === 'year') {
      value = monthDiff(this, other) / (u === 'month' ? 1 : u === 'quarter' ? 3 : 12);
    } else {
      const ms = this.valueOf() - other.valueOf();
      value = ms / (FIXED[u] ?? (u === 'day' ? 864e5 : 6048e5));
    }
    return value < 0 ? Math.ceil(value) || 0 : Math.floor(value);
  }

  /** moment's format tokens, in English; text in [brackets] is kept as written. */
  format(pattern = 'YYYY-MM-DDTHH:mm:ss[Z]') {
    if (!this.isValid()) return 'Invalid date';
    const tokens: Record<string, () => string | number> = {
      YYYY: () => pad(this.year(), 4),
      YY: () => pad(this.year() % 100),
      Y: () => this.year(),
      MMMM: () => MONTHS[this.month()]!,
      MMM: () => MONTHS[this.month()]!.slice(0, 3),
      MM: () => pad(this.month() + 1),
      Mo: () => ordinal(this.month() + 1),
      M: () => this.month() + 1,
      DDDD: () => pad(this.dayOfYear(), 3),
      DDD: () => this.dayOfYear(),
      DD: () => pad(this.date()),
      Do: () => ordinal(this.date()),
      D: () => this.date(),
      dddd: () => DAYS[this.day()]!,
      ddd: () => DAYS[this.day()]!.slice(0, 3),
      dd: () => DAYS[this.day()]!.slice(0, 2),
      d: () => this.day(),
      E: () => this.isoWeekday(),
      ww: () => pad(this.week()),
      wo: () => ordinal(this.week()),
      w: () => this.week(),
      HH: () => pad(this.hours()),
      H: () => this.hours(),
      hh: () => pad(this.hours() % 12 || 12),
      h: () => this.hours() % 12 || 12,
      mm: () => pad(this.minutes()),
      m: () => this.minutes(),
      ss: () => pad(this.seconds()),
      s: () => this.seconds(),
      SSS: () => pad(this.milliseconds(), 3),
      SS: () => pad(Math.floor(this.milliseconds() / 10)),
      S: () => Math.floor(this.milliseconds() / 100),
      A: () => (this.hours() < 12 ? 'AM' : 'PM'),
      a: () => (this.hours() < 12 ? 'am' : 'pm'),
      ZZ: () => '+0000',
      Z: () => '+00:00',
      X: () => Math.floor(this.valueOf() / 1000),
      x: () => this.valueOf(),
    };
    return pattern.replace(
      /\[([^\]]*)]|YYYY|YY|Y|MMMM|MMM|MM|Mo|M|DDDD|DDD|DD|Do|D|dddd|ddd|dd|d|E|ww|wo|w|HH|H|hh|h|mm|m|ss|s|SSS|SS|S|A|a|ZZ|Z|X|x/g,
      (token, literal?: string) => (literal !== undefined ? literal : String(tokens[token]!())),
    );
  }
}

/** moment's month difference: whole months, plus the fraction of the month the remainder is. */
function monthDiff(a: UtcMoment, b: UtcMoment): number {
  if (a.date() < b.date()) return -monthDiff(b, a);
  const wholeMonthDiff = (b.year() - a.year()) * 12 + (b.month() - a.month());
  const anchor = a.clone().add(wholeMonthDiff, 'month').valueOf();
  let adjust: number;
  if (b.valueOf() - anchor < 0) {
    const anchor2 = a
      .clone()
      .add(wholeMonthDiff - 1, 'month')
      .valueOf();
    adjust = (b.valueOf() - anchor) / (anchor - anchor2);
  } else {
    const anchor2 = a
      .clone()
      .add(wholeMonthDiff + 1, 'month')
      .valueOf();
    adjust = (b.valueOf() - anchor) / (anchor2 - anchor);
  }
  return -(wholeMonthDiff + adjust) || 0;
}

interface MomentFunction {
  (input?: Input): UtcMoment;
  utc(input?: Input): UtcMoment;
  isMoment(value: unknown): value is UtcMoment;
  isDate(value: unknown): value is Date;
  locale(name?: string): string;
  lang(name?: string): string;
}

const moment = ((input?: Input) => new UtcMoment(input)) as MomentFunction;
moment.utc = (input?: Input) => new UtcMoment(input);
moment.isMoment = (value: unknown): value is UtcMoment => value instanceof UtcMoment;
moment.isDate = (value: unknown): value is Date => value instanceof Date;
// One locale, English, whatever vis-timeline asks for: its own labels come from this site's functions.
moment.locale = () => 'en';
moment.lang = () => 'en';

export default moment;
