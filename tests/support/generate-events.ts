// Synthetic event files for the benchmark: deterministic, realistic lengths, every field type used.
import { EVENT_TYPES } from '../../src/core/event-types.ts';

/** A small seeded generator (mulberry32), so every run builds the same files. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'council inspectors report found services children social care review board minister director failings safeguarding improvement notice case trial court agencies'.split(
    ' ',
  );

export function generateEvents(count: number) {
  const rand = random(count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const firstYear = 2000;
  const years = Math.max(10, Math.ceil(count / 40));
  const events = Array.from({ length: count }, (_, i) => {
    const year = firstYear + Math.floor(rand() * years);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const precision = rand();
    const date =
      precision < 0.2
        ? `${year}`
        : precision < 0.5
          ? `${year}-${String(month).padStart(2, '0')}`
          : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const type = pick(EVENT_TYPES);
    return {
      id: `event-${i + 1}`,
      type,
      date,
      ...(type === 'appointment' && rand() < 0.5 ? { end: `${year + 1 + Math.floor(rand() * 3)}` } : {}),
      title: `${sentence(6)} ${i + 1}`.replace(/^./, (c) => c.toUpperCase()),
      summary: `${sentence(22)}.`.replace(/^./, (c) => c.toUpperCase()),
      ...(type === 'inspection'
        ? { rating: { label: 'Inadequate', level: pick(['failing', 'weak', 'adequate', 'good'] as const) } }
        : {}),
      ...(type === 'case' && rand() < 0.5 ? { sensitive: true } : {}),
      sources: [{ publisher: 'Example News', title: sentence(8), date, url: `https://example.org/${i + 1}` }],
    };
  });
  return {
    title: `Benchmark: ${count} events`,
    description: 'Synthetic events for measuring build and load.',
    language: 'en-GB',
    updated: '2026-11-30',
    events,
  };
}
