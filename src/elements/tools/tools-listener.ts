/** What a chart frame's Share & download button sends (frame.ts): composed, so it reaches the document. */
export const TOOLS_EVENT = 'kc-tools';

/**
 * Lets the chart frames of this page open their editor tools: shows their buttons (the `--kc-tools` custom
 * property the frame's button reads) and loads the tools' code when one is pressed. The story calls it; a page
 * using the chart library alone does not, so its charts carry neither the tools nor a button that does nothing.
 */
export function listenForTools(root: Document = document): void {
  const html = root.documentElement;
  if (html.style.getPropertyValue('--kc-tools')) return;
  html.style.setProperty('--kc-tools', 'inline-block');
  root.addEventListener(TOOLS_EVENT, (event) => {
    // At the document the event's target is the chart element; its path starts at the button in its shadow root.
    const host = event.target;
    const opener = event.composedPath()[0];
    if (!(host instanceof HTMLElement) || !(opener instanceof HTMLElement)) return;
    opener.setAttribute('aria-busy', 'true');
    import('./open-tools.ts')
      .then((tools) => tools.openChartTools(host, opener))
      .catch((error: unknown) => console.error('kc: the chart tools could not load', error))
      .finally(() => opener.removeAttribute('aria-busy'));
  });
}

declare global {
  interface HTMLElementEventMap {
    'kc-tools': Event;
  }
}
