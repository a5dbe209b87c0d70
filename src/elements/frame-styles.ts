// Over 300 lines on purpose: one stylesheet, the frame every chart shares (host, title, legend, plot, notes, data
// table), whose later rules override earlier ones (the short-frame block last): split, that order would span files.
import { css } from 'lit';

/**
 * Styles of a plot's marks: all a standalone SVG of the plot needs besides the theme. Marks carry their paint as
 * presentation attributes (a host's strict `style-src` blocks inline styles), which any rule here would override:
 * so the rules only fill in what a mark leaves unset.
 */
export const plotStyles = css`
  svg {
    font-variant-numeric: tabular-nums;
  }
  text:not([fill]) {
    fill: var(--_fg);
  }
`;

/** Styles of the frame every chart shares: title, legend, plot, notes, source line, data table. */
export const frameStyles = css`
  ${plotStyles}
  :host {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_fg);
    background: var(--_bg);
    font-size: 14px;
    line-height: 1.45;
    text-align: left;
    min-width: 0;
  }
  :host([fill]) {
    height: 100%;
  }
  :host {
    container: kc-chart / inline-size;
  }
  /* Filling a set height (the story's sticky graphic), the frame can ask how tall it is. */
  :host([fill]) {
    container-type: size;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  figure {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
    margin: 0;
  }
  .title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
    text-wrap: balance;
  }
  .subtitle {
    margin: 0.15em 0 0;
    color: var(--_muted);
    text-wrap: pretty;
  }
  /* Title and subtitle come as runs with a break opportunity (wbr) between them (line-runs.ts): Chinese breaks there, between
     words, not between any two characters; a word longer than the line still breaks rather than overflow. */
  .title,
  .subtitle {
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  .nobr {
    white-space: nowrap;
  }
  /* A subtitle can carry the step's point, so it shows at every width; in a phone's sticky graphic it is set smaller. */
  @container kc-chart (max-width: 599px) {
    figure.compact .subtitle {
      font-size: 0.9em;
      line-height: 1.3;
    }
  }
  /* In a very short sticky graphic (a phone at 200 % zoom, or turned sideways) the subtitle keeps its first line,
     so the plot keeps some height; its whole text stays in the page (and in the chart's summary). */
  @media (max-height: 479.98px) {
    figure.compact .subtitle {
      display: -webkit-box;
      -webkit-line-clamp: 1;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    width: 22px;
    height: 12px;
    flex: none;
  }
  .plot {
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    aspect-ratio: var(--kc-plot-aspect, 1.6);
    margin-top: 0.5em;
  }
  :host([fill]) .plot {
    aspect-ratio: auto;
    flex: 1 1 0;
    /* The room the view needing most takes above and below the plot (frame-reserve.ts) is set on the title,
       subtitle, legend, caption, plot and figure themselves (chart-element.ts): the plot stays put. */
  }
  :host([fill]) {
    position: relative;
  }
  :host([fill]) .legend {
    align-content: flex-start;
  }
  /* A view's frame, measured off screen. */
  .frame-probe {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    visibility: hidden;
    pointer-events: none;
    contain: strict;
  }
  .plot > svg {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
    font-family: var(--_font);
  }
  /* Small print, never under 12 px: the least a phone's reader can read (Lighthouse's legible-text audit). */
  figcaption {
    margin-top: 0.5em;
    font-size: max(12px, 0.85em);
    color: var(--_muted);
  }
  figcaption p,
  details .note {
    margin: 0.2em 0;
  }
  .foot {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    column-gap: 1em;
  }
  /* The credit sits beside the source line where both fit, under it on a phone. */
  .source {
    flex: 1 1 18em;
  }
  /* Shown only on a page that offers the tools (the story sets --kc-tools: see tools/tools-listener.ts); it
     keeps room for its focus ring at the frame's edge, which clips what overflows it. */
  button.tools {
    display: var(--kc-tools, none);
    min-height: 24px;
    margin: 0 5px 0 0;
    padding: 2px 0;
    border: 0;
    background: none;
    font: inherit;
  }
  /* Drawn by the build before any script, the button keeps its place but shows only once it can work. */
  :host(:not(:defined)) button.tools {
    visibility: hidden;
  }
  @media print {
    button.tools {
      display: none;
    }
  }
  details .note {
    color: var(--_muted);
  }
  details {
    margin-top: 0.4em;
    font-size: max(12px, 0.85em);
  }
  summary,
  button.tools {
    cursor: pointer;
    color: var(--_fg);
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  summary:focus-visible,
  button.tools:focus-visible {
    outline: 3px solid var(--_actual);
    outline-offset: 2px;
  }
  /* In the story's sticky graphic the open disclosure's notes and table scroll in a region of their own, so the
     table is never cut off by the screen's edge, and the summary above it stays in place to close it without
     covering a row. On a short frame (a phone's graphic) the table takes the plot's place; on a tall one the plot
     keeps half the height. */
  figure.compact > details[open],
  figure.compact > details[open]::details-content {
    display: flex;
    flex-direction: column;
    flex: 0 1 auto;
    min-height: 0;
  }
  /* Positioned, so the hidden header text inside stays inside the scrolling region rather than widen the page. */
  .table-region {
    position: relative;
    overflow-x: auto;
  }
  figure.compact .table-region {
    flex: 0 1 auto;
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
  }
  figure.compact > details[open] > summary {
    padding: 4px 6px;
  }
  .table-region:focus-visible {
    outline: 3px solid var(--_actual);
    outline-offset: -3px;
  }
  figure.compact:has(> details[open]) > .plot {
    min-height: 50%;
  }
  @container kc-chart (max-height: 640px) {
    figure.compact:has(> details[open]) > .plot {
      display: none;
    }
  }
  table {
    border-collapse: collapse;
    margin-top: 0.4em;
    width: 100%;
  }
  th,
  td {
    padding: 0.2em 0.5em;
    border-bottom: 1px solid var(--_grid);
    text-align: left;
    font-variant-numeric: tabular-nums;
  }
  /* Chinese breaks between any two characters: on a phone a narrow column would stack its words one character a
     line. Two characters at least (with the padding), four for a row's name; a wider table scrolls sideways. */
  th,
  td {
    min-width: 3.4em;
  }
  th[scope='row'] {
    min-width: 5.4em;
  }
  .receipt-button {
    min-height: 24px;
    padding: 0.1em 0.5em;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    background: none;
    color: var(--_actual);
    font: inherit;
    font-size: max(12px, 0.85em);
    white-space: nowrap;
    cursor: pointer;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  /* A very short frame (a phone's graphic at 200 % zoom, a landscape phone) sets its title and legend tighter,
     so the plot keeps room to be read rather than shrinking to nothing under them. */
  @container kc-chart (max-height: 320px) {
    .title {
      font-size: 1em;
      line-height: 1.25;
    }
    .legend {
      gap: 0 0.75em;
      margin-top: 0.25em;
      font-size: 0.85em;
      line-height: 1.3;
    }
    .plot {
      margin-top: 0.25em;
    }
    figcaption,
    details {
      margin-top: 0.2em;
      font-size: 0.8em;
      line-height: 1.3;
    }
  }
`;
