// Host-page control: the messages an embed and the page around it exchange (src/client/host-control.ts in the embed,
// public/embed.js on the host page). Both directions use the same three shapes:
//   { type: 'timeline:select', id: <event id> | null }
//   { type: 'timeline:chapter', id: <chapter id> | null }   (null: leave the story)
//   { type: 'timeline:view', view: 'timeline' | 'gaps' | 'aligned' }
// The embed also says { type: 'timeline:ready' } once it listens, so a host can wait for it before sending.
import { SLUG } from './event-types.ts';

/** The views a host may ask for; a page that lacks one ignores the request. */
export const HOST_VIEWS = ['timeline', 'gaps', 'aligned'] as const;
export type HostView = (typeof HOST_VIEWS)[number];

export type HostMessage =
  | { type: 'timeline:select'; id: string | null }
  | { type: 'timeline:chapter'; id: string | null }
  | { type: 'timeline:view'; view: HostView };

export interface KnownIds {
  events: { has(id: string): boolean };
  chapters: { has(id: string): boolean };
}

/**
 * A message from the host page, checked: an object of exactly one of the shapes above, whose id names an event or
 * chapter the embed has. Anything else (other tools' messages, strings, unknown ids, extra fields) is undefined.
 */
export function parseHostMessage(data: unknown, known: KnownIds): HostMessage | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const message = data as Record<string, unknown>;
  const keys = Object.keys(message).sort().join(',');
  if (message.type === 'timeline:view') {
    if (keys !== 'type,view') return undefined;
    return HOST_VIEWS.includes(message.view as HostView)
      ? { type: 'timeline:view', view: message.view as HostView }
      : undefined;
  }
  if (message.type !== 'timeline:select' && message.type !== 'timeline:chapter') return undefined;
  if (keys !== 'id,type') return undefined;
  const { id } = message;
  if (id === null) return { type: message.type, id: null };
  if (typeof id !== 'string' || id.length > 200 || !SLUG.test(id)) return undefined;
  const ids = message.type === 'timeline:select' ? known.events : known.chapters;
  return ids.has(id) ? { type: message.type, id } : undefined;
}
