import { css } from 'lit';

/**
 * Design tokens, each overridable by the host page through the custom property named in the comment:
 * --kc-bg, --kc-fg, --kc-muted, --kc-grid, --kc-actual, --kc-estimate, --kc-target, --kc-required, --kc-met, --kc-missed,
 * --kc-unpublished, --kc-urban, --kc-rural, --kc-primary, --kc-secondary, --kc-tertiary, --kc-font.
 * What each colour means, and the mark it goes with, is one table: src/charts/kit/marks/grammar.ts (docs/CHARTS.md).
 * The categories (urban, rural, the sectors) share no hue with a kind or a status: blue is the data's own ink
 * (an actual value, solid), olive and navy are used by nothing else.
 * light-dark() follows prefers-color-scheme; theme="light" | theme="dark" on the element forces one.
 */
export const themeStyles = css`
  :host {
    color-scheme: light dark;
    --_bg: var(--kc-bg, light-dark(#ffffff, #15161a));
    --_fg: var(--kc-fg, light-dark(#1d1d1f, #ececf1));
    --_muted: var(--kc-muted, light-dark(#565661, #a9a9b6));
    --_grid: var(--kc-grid, light-dark(#dedee5, #393a42));
    --_actual: var(--kc-actual, light-dark(#0a6a94, #62c3ef));
    --_estimate: var(--kc-estimate, light-dark(#a65400, #f2a65e));
    --_target: var(--kc-target, light-dark(#6b3fa0, #bfa2f2));
    --_required: var(--kc-required, light-dark(#a3236b, #f590c8));
    --_met: var(--kc-met, light-dark(#1d7548, #62d29c));
    --_missed: var(--kc-missed, light-dark(#b3261e, #ff8f86));
    --_unpublished: var(--kc-unpublished, light-dark(#6e6e78, #a3a3ad));
    --_urban: var(--kc-urban, light-dark(#0a6a94, #62c3ef));
    --_rural: var(--kc-rural, light-dark(#5b6a12, #c2cc70));
    --_primary: var(--kc-primary, light-dark(#5b6a12, #c2cc70));
    --_secondary: var(--kc-secondary, light-dark(#1e4466, #d3e3f0));
    --_tertiary: var(--kc-tertiary, light-dark(#0a6a94, #62c3ef));
    --_font: var(
      --kc-font,
      -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC',
      'Source Han Sans SC', sans-serif
    );
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;
