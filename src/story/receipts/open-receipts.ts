/**
 * A figure of the copy opens its receipt (issue 15); the popover's code is asked for on the first click. Should it
 * not load, the story unrolls, which shows every receipt under its step, and the page goes to the figure's.
 * Imported by the page's first script (src/start.ts) and by the story's (src/main.ts), which is all the offline copy
 * carries; a module runs once, so there is one listener either way.
 */
import { unrollStory } from '../unrolled.ts';

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.fig-link') : null;
  if (!link) return;
  event.preventDefault();
  import('./receipt-popover.ts')
    .then(({ openReceipt }) => openReceipt(link))
    .catch(() => {
      unrollStory();
      document.getElementById(link.getAttribute('href')?.slice(1) ?? '')?.scrollIntoView();
    });
});
