// The chart pages' script: the page's code is asked for only after the first paint, so it never competes with the
// page's CSS and its prerendered chart (on a chart's own page, embed/<chart>/<view>/<lang>/, that paint is the
// chart). As src/start.ts does for the story.
let started = false;
const start = (): void => {
  if (started) return;
  started = true;
  void import('./embed-page.ts');
};
requestAnimationFrame(() => setTimeout(start));
// A frame out of view gets no animation frames until it is scrolled to; its chart and its height report start anyway.
setTimeout(start, 200);
