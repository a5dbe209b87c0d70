// The story's engine starts after the first paint anyway, so its code is asked for only then: it never competes with
// the page's CSS, text and prerendered chart for the first paint (on a slow phone network, that is the LCP). A file of
// its own, not an inline script, so a page served with `script-src 'self'` runs it (README, "Publishing").
import { unrollStory } from './story/unrolled.ts';

// A figure of the copy opens its receipt (issue 15); the popover's code is asked for on the first click. Should it
// not load, the story unrolls, which shows every receipt under its step, and the link goes to the figure's.
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.fig-link') : null;
  if (!link) return;
  event.preventDefault();
  import('./story/receipts/receipt-popover.ts')
    .then(({ openReceipt }) => openReceipt(link))
    .catch(() => {
      unrollStory();
      document.getElementById(link.getAttribute('href')?.slice(1) ?? '')?.scrollIntoView();
    });
});

requestAnimationFrame(() =>
  setTimeout(() => {
    // Without its script the story would stay on its first chart: it reads as it does without JavaScript instead.
    import('./main.ts').catch(() => unrollStory());
  }),
);
