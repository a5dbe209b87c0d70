/**
 * What the slide show and the speaker view tell each other over a BroadcastChannel. Both windows are the same
 * page; each says where it is, and the other follows without answering, so no message ever echoes.
 */
export type PresentMessage =
  /** I am on slide `index` (step `id`). */
  | { type: 'goto'; from: Role; index: number; id: string }
  /** I have just opened: tell me where you are. */
  | { type: 'hello'; from: Role }
  /** I am closing. */
  | { type: 'bye'; from: Role };

export type Role = 'present' | 'speaker';

const isRole = (value: unknown): value is Role => value === 'present' || value === 'speaker';

/**
 * A message as it arrives, checked: anything malformed (another page's message, a stale format, a hostile
 * object) is null. `ids` are the story's step ids: a slide must name one, at its own index.
 */
export function parseMessage(data: unknown, ids: readonly string[]): PresentMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const { type, from } = data as Record<string, unknown>;
  if (!isRole(from)) return null;
  if (type === 'hello' || type === 'bye') return { type, from };
  if (type !== 'goto') return null;
  const { index, id } = data as Record<string, unknown>;
  if (typeof index !== 'number' || !Number.isInteger(index) || typeof id !== 'string') return null;
  if (index < 0 || index >= ids.length || ids[index] !== id) return null;
  return { type, from, index, id };
}

/** The channel's name for a page: one show per page (each language its own). */
export function channelName(pathname: string): string {
  return `kc-present:${pathname}`;
}

/** A channel to the other window, or a silent stand-in where BroadcastChannel is missing (old browsers). */
export interface Link {
  send(message: PresentMessage): void;
  close(): void;
}

export function openLink(pathname: string, ids: readonly string[], onMessage: (message: PresentMessage) => void): Link {
  if (typeof BroadcastChannel === 'undefined') return { send() {}, close() {} };
  const channel = new BroadcastChannel(channelName(pathname));
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = parseMessage(event.data, ids);
    if (message) onMessage(message);
  };
  return {
    send(message) {
      channel.postMessage(message);
    },
    close() {
      channel.close();
    },
  };
}
