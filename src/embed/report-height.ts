import { HOST_ACK, heightMessages } from './height-messages.ts';

/**
 * Tells the host page the height of `content` whenever it changes, growing or shrinking (a ResizeObserver,
 * so a view change, an opened data table or a new width all count). Heights are whole pixels and only a
 * change is sent, so the host never sees jitter. Once the host's loader answers, the page hides its own
 * scrollbar: the frame is as tall as its content, and a scrollbar coming and going would change the
 * width, and so the height, in a loop.
 */
export function reportHeight(content: HTMLElement, id: string, target: Window = window.parent): () => void {
  if (target === window) return () => undefined;
  let last = 0;
  const send = (): void => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height <= 0 || height === last) return;
    last = height;
    for (const message of heightMessages(id, height)) target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(content);
  const onMessage = (event: MessageEvent): void => {
    if (event.source === target && (event.data as { type?: unknown } | null)?.type === HOST_ACK) {
      document.documentElement.classList.add('kc-sized');
    }
  };
  window.addEventListener('message', onMessage);
  return () => {
    observer.disconnect();
    window.removeEventListener('message', onMessage);
  };
}
