import { TOOLS_EVENT } from './tools/tools-listener.ts';

/**
 * Asks the page for the editor tools (embed code, downloads) of the chart whose frame holds the clicked
 * button. The page that offers them (the story: tools/tools-listener.ts) loads their code; the charts carry
 * only this.
 */
export function requestTools(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  if (button.getAttribute('aria-busy') === 'true') return;
  button.dispatchEvent(new Event(TOOLS_EVENT, { bubbles: true, composed: true }));
}
