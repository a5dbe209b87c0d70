// A process-wide cleanup stack, so Chromium instances and the server are closed
// on normal exit, on errors (via try/finally in the callers) and on Ctrl-C/SIGTERM
// (where finally blocks never run because we exit from the signal handler).
const stack = [];
let shuttingDown = false;

/** True once a signal asked us to stop: callers should not start new work. */
export const isShuttingDown = () => shuttingDown;

/** Registers fn; returns a function that unregisters it (call it once you have cleaned up yourself). */
export function onCleanup(fn) {
  const entry = { fn };
  stack.push(entry);
  return () => {
    const i = stack.indexOf(entry);
    if (i !== -1) stack.splice(i, 1);
  };
}

/** Runs all registered cleanups, most recent first; never throws. */
export async function runCleanups() {
  while (stack.length) {
    const { fn } = stack.pop();
    try {
      await fn();
    } catch (err) {
      console.error(`cleanup failed: ${err?.message ?? err}`);
    }
  }
}

export function cleanupOnSignals() {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
    process.once(signal, () => {
      shuttingDown = true;
      console.error(`\n${signal}: closing browsers and server…`);
      runCleanups().finally(() => process.exit(code));
    });
  }
}
