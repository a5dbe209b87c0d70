// The host page's side of the iframe embed, served as dist/embed/loader.js: a classic script, no
// dependencies, added once per page. It sizes each embed frame to the height the frame reports.
// Built by src/build/vite/loader-plugin.ts (bundled alone, minified, wrapped in a function).
import { HOST_ACK, isHeightMessage } from './height-messages.ts';

declare global {
  interface Window {
    kcEmbedLoader?: boolean;
  }
}

function onMessage(event: MessageEvent): void {
  if (!isHeightMessage(event.data)) return;
  const { height } = event.data;
  const frames = document.getElementsByTagName('iframe');
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i]!;
    if (frame.contentWindow !== event.source) continue;
    let origin = '';
    try {
      origin = new URL(frame.src, location.href).origin;
    } catch {
      return;
    }
    // Only the page the frame was given may size it, and only when it is still that page.
    if (origin !== event.origin) return;
    const now = parseFloat(frame.style.height) || frame.getBoundingClientRect().height;
    // Whole pixels, and a pixel either way is no change: no resize loops from rounding.
    if (Math.abs(now - height) > 1) frame.style.setProperty('height', `${Math.round(height)}px`, 'important');
    (event.source as Window).postMessage({ type: HOST_ACK }, event.origin);
    return;
  }
}

// Loaded twice, it still listens once.
if (!window.kcEmbedLoader) {
  window.kcEmbedLoader = true;
  window.addEventListener('message', onMessage);
}
