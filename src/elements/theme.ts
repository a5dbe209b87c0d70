import { css } from 'lit';

/**
 * Design tokens, each overridable by the host page through the custom property named in the comment:
 * --kc-bg, --kc-fg, --kc-muted, --kc-grid, --kc-actual, --kc-estimate, --kc-target, --kc-met, --kc-missed,
 * --kc-unpublished, --kc-urban, --kc-rural, --kc-primary, --kc-secondary, --kc-tertiary, --kc-font.
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
    --_met: var(--kc-met, light-dark(#1d7548, #62d29c));
    --_missed: var(--kc-missed, light-dark(#b3261e, #ff8f86));
    --_unpublished: var(--kc-unpublished, light-dark(#6e6e78, #a3a3ad));
    --_urban: var(--kc-urban, light-dark(#0a6a94, #62c3ef));
    --_rural: var(--kc-rural, light-dark(#2b7a3d, #8bd58f));
    --_primary: var(--kc-primary, light-dark(#2b7a3d, #8bd58f));
    --_secondary: var(--kc-secondary, light-dark(#a65400, #f2a65e));
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
