// Chart elements load on demand (src/charts/chart-elements.ts); the story engine is all the page needs first.
import './story/kc-story';
