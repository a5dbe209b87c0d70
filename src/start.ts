// The story's engine starts after the first paint anyway, so its code is asked for only then: it never competes with
// the page's CSS, text and prerendered chart for the first paint (on a slow phone network, that is the LCP). A file of
// its own, not an inline script, so a page served with `script-src 'self'` runs it (README, "Publishing").
import { afterFirstPaint } from './elements/after-first-paint.ts';
import { unrollStory } from './story/unrolled.ts';

// A figure of the copy opens its receipt (issue 15).
import './story/receipts/open-receipts.ts';

afterFirstPaint(() => {
  // Without its script the story would stay on its first chart: it reads as it does without JavaScript instead.
  import('./main.ts').catch(() => unrollStory());
}, 2000);
