// Chart elements load on demand (src/charts/loaders.ts); the story engine is all the page needs first.
import './story/kc-story.ts';
// Printing the page (Ctrl+P) puts each step's chart in: see src/styles/print.css.
import './story/print-charts.ts';
// Figures open their receipts (also in src/start.ts: the offline copy carries this script alone).
import './story/receipts/open-receipts.ts';
