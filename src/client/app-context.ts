// What the parts of <timeline-app> share: the actions they send and the context they are given. Parts import this
// module, never each other or the app, so there are no import circles.
import type { StoryView, ViewState } from '../core/url-state.ts';
import type { PayloadChapter } from '../core/chapters.ts';
import type { ClientEvent, TimelineAppConfig, TimelinePayload } from '../core/timeline-payload.ts';

/** Where a selection came from: the parts react differently (the list does not scroll to itself, and so on). */
export type Origin = 'url' | 'list' | 'timeline' | 'overview' | 'keyboard' | 'story' | 'host';

/** What the timeline's toolbar and keys ask it to do. */
export type TimelineCommand = 'prev' | 'next' | 'first' | 'last' | 'zoom-in' | 'zoom-out' | 'fit';

export type Action =
  | { type: 'filter'; types: ViewState['types']; q: ViewState['q']; hideSensitive: ViewState['hideSensitive'] }
  | {
      type: 'select';
      id: string | undefined;
      origin: Origin;
      openDetail?: boolean;
      focusDetail?: boolean;
      /** False when focus has moved to the event's marker, whose name already says its date and title. */
      announce?: boolean;
    }
  | { type: 'open-detail'; focus: boolean }
  | { type: 'close-detail' }
  | { type: 'window'; fromYear: number; toYear: number }
  | { type: 'command'; command: TimelineCommand }
  // Chapters and host-page control (src/client/story-reader.ts, src/client/host-control.ts).
  /** Read a chapter (undefined: none, at the title card or out of the story). */
  | { type: 'chapter'; id: string | undefined; origin: Origin }
  /** Shows one of the story's views in the timeline's place (?view=, or the host page); `focus` moves focus to it. */
  | { type: 'view'; view: StoryView | 'timeline'; focus?: boolean; origin?: Origin };

/** The build's JSON, loaded once, with each event's instants worked out. */
export interface LoadedData {
  payload: TimelinePayload;
  /** Every event in time order. */
  events: ClientEvent[];
  byId: Map<string, ClientEvent>;
}

export interface AppContext {
  root: HTMLElement;
  config: TimelineAppConfig;
  /** The view the URL describes; parts read it, only the app changes it. */
  readonly state: Readonly<ViewState>;
  /** The ids the filters let through; null when nothing is filtered out. */
  visible(): ReadonlySet<string> | null;
  /** Calls `listener` with the ids the filters let through (null: all) each time they change. */
  onFilter(listener: (visible: ReadonlySet<string> | null) => void): void;
  selected(): string | undefined;
  dispatch(action: Action): void;
  reducedMotion(): boolean;
  /** Says something to screen readers through the polite live region. */
  announce(text: string): void;
  /** The chapter being read, if any: the timeline opens on its span with its events picked out. */
  chapter?(): PayloadChapter | undefined;
}
