// The story's engine starts after the first paint anyway, so its code is asked for only then: it never competes with
// the page's CSS, text and prerendered chart for the first paint (on a slow phone network, that is the LCP). A file of
// its own, not an inline script, so a page served with `script-src 'self'` runs it (README, "Publishing").
requestAnimationFrame(() => setTimeout(() => void import('./main.ts')));
