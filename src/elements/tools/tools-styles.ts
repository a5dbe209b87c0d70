import { css } from 'lit';

/** The tools dialog: a sheet over the story, its header (title, status, close) kept in view. */
export const toolsStyles = css`
  :host {
    font-family: var(--_font);
    font-size: 15px;
    line-height: 1.45;
    color: var(--_fg);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  dialog {
    width: min(1100px, calc(100vw - 16px));
    max-width: none;
    max-height: calc(100svh - 16px);
    padding: 0;
    border: 1px solid var(--_grid);
    border-radius: 8px;
    background: var(--_bg);
    color: var(--_fg);
    overscroll-behavior: contain;
  }
  dialog:focus {
    outline: none;
  }
  dialog::backdrop {
    background: rgb(10 10 14 / 0.6);
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 2;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    padding: 10px 12px 10px 16px;
    background: var(--_bg);
    border-bottom: 1px solid var(--_grid);
  }
  h2 {
    margin: 0;
    font-size: 1.15em;
  }
  .status {
    flex: 1 1 auto;
    margin: 0;
    min-height: 1.45em;
    color: var(--_met);
    font-weight: 600;
  }
  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 20px;
    padding: 14px 16px 20px;
  }
  h3 {
    margin: 0 0 6px;
    font-size: 1em;
  }
  .help {
    margin: 0 0 8px;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 10px 16px;
    align-items: end;
  }
  .choices label {
    display: grid;
    gap: 2px;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .choices label.view {
    flex: 1 1 100%;
  }
  .choices label.view select {
    width: 100%;
  }
  select,
  textarea,
  button {
    font: inherit;
    color: var(--_fg);
  }
  select {
    min-height: 36px;
    max-width: 100%;
    padding: 4px 8px;
    border: 1px solid var(--_muted);
    border-radius: 4px;
    background: var(--_bg);
  }
  button {
    min-height: 36px;
    padding: 4px 14px;
    border: 1px solid var(--_muted);
    border-radius: 4px;
    background: var(--_bg);
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_fg);
  }
  button.close {
    min-width: 36px;
    padding: 0 8px;
    font-size: 1.4em;
    line-height: 1;
    border-color: transparent;
  }
  :is(select, textarea, button):focus-visible {
    outline: 3px solid var(--_actual);
    outline-offset: 2px;
  }
  .previews {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 16px;
    margin: 0;
  }
  @media (min-width: 720px) {
    .previews {
      grid-template-columns: minmax(0, 1fr) minmax(0, 2.4fr);
      align-items: start;
    }
  }
  figure {
    margin: 0;
  }
  figcaption {
    margin-bottom: 4px;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .viewport {
    position: relative;
    overflow: hidden;
    border: 1px solid var(--_grid);
    border-radius: 4px;
  }
  .phone .viewport {
    max-width: 390px;
  }
  .stage {
    transform-origin: 0 0;
    /* The preview shows the chart as another page would embed it, free of this page's overrides. */
    --kc-bg: initial;
    --kc-fg: initial;
    --kc-muted: initial;
    --kc-grid: initial;
    --kc-font: initial;
  }
  .stage > * {
    padding: 12px;
  }
  .code {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 4px 8px;
    margin-top: 10px;
  }
  .code label {
    grid-column: 1 / -1;
    font-size: 0.9em;
  }
  textarea {
    width: 100%;
    min-height: 4.6em;
    padding: 6px 8px;
    border: 1px solid var(--_muted);
    border-radius: 4px;
    background: var(--_bg);
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 13px;
    resize: vertical;
  }
  .code button {
    align-self: start;
  }
  /* On a phone the code takes the full width and the button goes under it. */
  @media (max-width: 559px) {
    .code {
      grid-template-columns: minmax(0, 1fr);
    }
    .code button {
      justify-self: start;
    }
    textarea {
      min-height: 7.4em;
    }
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
`;
