// How the overview groups years into bars. A story of a few decades gets a bar per year; a history of centuries or
// millennia gets a bar per 5, 10, 50, 100… years, so a 4,000-year file draws about a hundred bars, not 4,000.
// Bins end on the years a reader counts by: 1900, 2000 after Christ; 500 BC, 100 BC before (astronomical years
// -499 and -99 start those), and the era changes at AD 1, so no bar straddles it. Kept free of d3 for the browser,
// which re-counts the bars after filtering.

/** Bin sizes in years, smallest first: single years, then the steps a reader counts history by. */
export const BIN_SIZES = [1, 5, 10, 50, 100, 500, 1000, 5000, 10_000, 50_000, 100_000] as const;

/** At most this many bars across the overview. */
export const MAX_BINS = 120;

/** The smallest bin size that puts at most `maxBins` bins over the years `first` to `last`. */
export function binSizeFor(first: number, last: number, maxBins = MAX_BINS): number {
  return BIN_SIZES.find((size) => binStarts(first, last, size).length <= maxBins) ?? BIN_SIZES.at(-1)!;
}

/** The year as a reader counts it: 2008 is 2008, astronomical -490 is 491 (BC). */
export function eraYear(year: number): number {
  return year >= 1 ? year : 1 - year;
}

/** The first year of the bin that holds `year` (astronomical years). */
export function binStart(year: number, size: number): number {
  if (size === 1) return year;
  if (year >= 1) return Math.max(1, Math.floor(year / size) * size);
  // 100-year bins before Christ run 500 BC–401 BC: from astronomical -499 to -400.
  return 1 - Math.ceil(eraYear(year) / size) * size;
}

/** The first year after the bin that starts at `start`. */
export function binEnd(start: number, size: number): number {
  if (size === 1) return start + 1;
  if (start >= 1) return start === 1 ? size : start + size;
  return Math.min(1, start + size);
}

/** The first year of every bin from the one holding `first` to the one holding `last`. */
export function binStarts(first: number, last: number, size: number): number[] {
  const starts: number[] = [];
  for (let start = binStart(first, size); start <= last; start = binEnd(start, size)) starts.push(start);
  return starts;
}
