import { css } from 'lit';

/**
 * Inherited properties cross the shadow boundary, so a host page's `* { font-size: 30px !important }` or
 * `body { letter-spacing: .2em; text-align: center }` would reach into the chart. The element sets each of
 * them on itself. `!important` in a shadow tree's :host rule wins over the page's `!important` (the
 * cascade lets the inner context win for important declarations), so no page rule can change them; the
 * documented custom properties (--kc-font-size, --kc-font, --kc-fg, …) are the way to restyle a chart.
 *
 * @cssproperty --kc-font-size - base font size of the chart's text (default 14px)
 */
export const hostResetStyles = css`
  :host {
    box-sizing: border-box !important;
    min-width: 0 !important;
    font-family: var(--_font) !important;
    font-size: var(--kc-font-size, 14px) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    font-stretch: normal !important;
    font-kerning: auto !important;
    font-feature-settings: normal !important;
    line-height: 1.45 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: left !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    text-decoration: none !important;
    white-space: normal !important;
    word-break: normal !important;
    overflow-wrap: break-word !important;
    hyphens: manual !important;
    direction: ltr !important;
    writing-mode: horizontal-tb !important;
    visibility: visible !important;
    cursor: auto !important;
    color: var(--_fg) !important;
    -webkit-text-fill-color: currentcolor !important;
    background: var(--_bg) !important;
    list-style: none !important;
    pointer-events: auto !important;
  }
`;
