import { EVENT_TYPES, type EventType } from './event-types.ts';
import type { ViewState } from './url-state.ts';

export interface Filterable {
  type: EventType;
  sensitive?: boolean;
  /** Lower-cased title, summary and people's names. */
  text: string;
}

/** Folds case and accents so "Hakeem" matches "hakeem" and "Bore" matches "böre". */
export function searchText(...parts: (string | undefined)[]): string {
  return parts
    .filter(Boolean)
    .join(' ')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Whether an event passes the filters: its type is on, it is not a hidden sensitive event, and every search word appears. */
export function matchesFilters(event: Filterable, state: ViewState): boolean {
  const types = state.types ?? EVENT_TYPES;
  if (!types.includes(event.type)) return false;
  if (state.hideSensitive && event.sensitive) return false;
  if (state.q) {
    const words = searchText(state.q).split(/\s+/).filter(Boolean);
    if (!words.every((word) => event.text.includes(word))) return false;
  }
  return true;
}
