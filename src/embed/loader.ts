// The host page's side of the iframe embed, served as dist/embed/loader.js: a classic script, no
// dependencies, added once per page. It sizes each embed frame to the height the frame reports.
// Built by src/build/vite/loader-plugin.ts (bundled alone, minified, wrapped in a function).
import { hasOpaqueOrigin, HOST_ACK, isEmbedAddress, isHeightMessage } from './height-messages.ts';

declare global {
  interface Window {
    kcEmbedLoader?: boolean;
  }
}

/** The embed page: the folder this loader is served from (…/embed/). */
const EMBED_PAGE = new URL('./', (document.currentScript as HTMLScriptElement | null)?.src || location.href);

/** Every iframe of the page, those inside open shadow roots too (a host's own components may hold the embed). */
function allFrames(root: Document | ShadowRoot = document, found: HTMLIFrameElement[] = []): HTMLIFrameElement[] {
  found.push(...root.querySelectorAll('iframe'));
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) allFrames(el.shadowRoot, found);
  return found;
}

function onMessage(event: MessageEvent): void {
  if (!isHeightMessage(event.data) || !event.source) return;
  const frame = allFrames().find((f) => f.contentWindow === event.source);
  // Only a frame given the embed page may be sized: an ad or any other frame asking for 99,999 px is not.
  if (!frame || !isEmbedAddress(frame.src, EMBED_PAGE)) return;
  // …and only while it still shows that page: its messages come from the page's origin, or from "null" when its
  // sandbox takes the origin away (EMBEDDING.md, "Sandbox").
  const opaque = hasOpaqueOrigin(frame.getAttribute('sandbox'));
  if (event.origin !== (opaque ? 'null' : EMBED_PAGE.origin)) return;
  const { height } = event.data;
  const now = parseFloat(frame.style.height) || frame.getBoundingClientRect().height;
  // Whole pixels, and a pixel either way is no change: no resize loops from rounding.
  if (Math.abs(now - height) > 1) frame.style.setProperty('height', `${Math.round(height)}px`, 'important');
  // A frame without an origin can be answered only with '*': the answer says nothing but "sized".
  (event.source as Window).postMessage({ type: HOST_ACK }, opaque ? '*' : event.origin);
}

// Loaded twice, it still listens once.
if (!window.kcEmbedLoader) {
  window.kcEmbedLoader = true;
  window.addEventListener('message', onMessage);
}
