// The chart pages' script: the page's code is asked for only after the first paint, so it never competes with the
// page's CSS and its prerendered chart (on a chart's own page, embed/<chart>/<view>/<lang>/, that paint is the
// chart). As src/start.ts does for the story.
import { afterFirstPaint } from '../elements/after-first-paint.ts';

// A frame out of view is not painted until it is scrolled to; its chart and its height report start anyway.
afterFirstPaint(() => void import('./embed-page.ts'), 200);
