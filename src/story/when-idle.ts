/** Calls back at an idle moment (within a second), or shortly where the browser has no idle callbacks. */
export const whenIdle = (callback: () => void): number =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(callback, { timeout: 1000 }) : window.setTimeout(callback, 200);
