/**
 * Opens the editor tools (embed code, downloads) of the chart whose frame holds the clicked button. Their
 * code loads only now, so the story's charts carry nothing but this handler.
 */
export function openTools(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  const root = button.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : null;
  if (!(host instanceof HTMLElement) || button.getAttribute('aria-busy') === 'true') return;
  button.setAttribute('aria-busy', 'true');
  import('./tools/open-tools')
    .then((tools) => tools.openChartTools(host, button))
    .catch((error: unknown) => console.error('kc: the chart tools could not load', error))
    .finally(() => button.removeAttribute('aria-busy'));
}
