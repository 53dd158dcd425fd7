// The printed reference (/print/) lists each source once, numbered, at the end, and each event names its sources by
// number: the same report is often cited for several events, and every event's sources written out in full took more
// than half the paper.
import type { Source, TimelineEvent } from './schema/event.ts';

export interface SourceReferences {
  /** Every distinct source, in order of first citation; a source's number is its position plus one. */
  sources: Source[];
  /** Each event's sources as those numbers, in the event's own order. */
  numbers: Map<string, number[]>;
}

/** Numbers every distinct source (same publisher, title or description, date and address) in order of first use. */
export function sourceReferences(events: readonly TimelineEvent[]): SourceReferences {
  const sources: Source[] = [];
  const index = new Map<string, number>();
  const numbers = new Map<string, number[]>();
  for (const event of events) {
    numbers.set(
      event.id,
      event.sources.map((source) => {
        const key = JSON.stringify([source.publisher, source.title, source.description, source.date?.text, source.url]);
        let n = index.get(key);
        if (n === undefined) {
          sources.push(source);
          n = sources.length;
          index.set(key, n);
        }
        return n;
      }),
    );
  }
  return { sources, numbers };
}
