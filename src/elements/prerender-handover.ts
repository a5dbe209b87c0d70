/**
 * What a reader has done inside a chart the build drew (its declarative shadow root) before the chart's code
 * arrived: which control has the focus, which disclosures are open. The live render replaces that markup with
 * its own, of the same shape; without a handover, a keyboard reader on the chart's "Notes and data" would find
 * the focus thrown back to the top of the page, and an open table closed.
 */
export interface ReaderState {
  /** Position of the focused control among the root's controls, or -1. */
  focused: number;
  /** Positions of the open `<details>` among the root's disclosures. */
  open: number[];
}

const CONTROLS = 'a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** Reads the reader's state from the prerendered markup, before it is replaced. */
export function readReaderState(root: ShadowRoot): ReaderState {
  const active = root.activeElement;
  const controls = [...root.querySelectorAll(CONTROLS)];
  const open = [...root.querySelectorAll('details')].flatMap((d, i) => (d.open ? [i] : []));
  return { focused: active ? controls.indexOf(active) : -1, open };
}

/** Gives the live render the reader's state: the same disclosures open, the same control focused. */
export function restoreReaderState(root: ShadowRoot, state: ReaderState): void {
  const disclosures = [...root.querySelectorAll('details')];
  for (const i of state.open) if (disclosures[i]) disclosures[i].open = true;
  if (state.focused < 0) return;
  const control = root.querySelectorAll<HTMLElement>(CONTROLS)[state.focused];
  // The reader's focus has fallen to the page when the old markup went; take it back only if it is still there.
  const fallen = document.activeElement === document.body || document.activeElement === root.host || !document.activeElement;
  if (control && fallen) control.focus({ preventScroll: true });
}
