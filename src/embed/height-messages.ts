/** The message the embed page sends its host page whenever its height changes (see EMBEDDING.md). */
export interface EmbedHeightMessage {
  type: 'kc-embed-height';
  id: string;
  height: number;
}

/** The same height in AMP's format, so an <amp-iframe resizable> follows it too. */
export interface AmpEmbedSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** What the host's loader answers once it sizes the frame: the page then needs no scrollbar of its own. */
export const HOST_ACK = 'kc-embed-host';

/** Both messages for a content height in CSS pixels (rounded up: a cut-off pixel row would show a scrollbar). */
export function heightMessages(id: string, height: number): [EmbedHeightMessage, AmpEmbedSizeMessage] {
  const h = Math.ceil(height);
  return [
    { type: 'kc-embed-height', id, height: h },
    { sentinel: 'amp', type: 'embed-size', height: h },
  ];
}

/** Whether a message is a well-formed height message: the right type and a finite, positive height. */
export function isHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Partial<EmbedHeightMessage>;
  return type === 'kc-embed-height' && typeof height === 'number' && Number.isFinite(height) && height > 0 && height < 100_000;
}

/**
 * Whether a frame's address is an embed page: `embedPage` itself (a folder) or its index.html, or a static chart
 * page under it (`<chart>/<view>/<zh|en>/`, or its index.html), nothing else.
 */
export function isEmbedAddress(src: string, embedPage: URL): boolean {
  if (!src) return false;
  let url: URL;
  try {
    url = new URL(src, embedPage);
  } catch {
    return false;
  }
  if (url.origin !== embedPage.origin || !url.pathname.startsWith(embedPage.pathname)) return false;
  return /^(?:[^/]+\/[^/]+\/(?:zh|en)\/)?(?:index\.html)?$/.test(url.pathname.slice(embedPage.pathname.length));
}

/** Whether a frame's sandbox takes its origin away (no allow-same-origin): its messages then come from "null". */
export function hasOpaqueOrigin(sandbox: string | null): boolean {
  return sandbox !== null && !sandbox.toLowerCase().split(/\s+/).includes('allow-same-origin');
}
