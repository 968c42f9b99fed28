// Progress for work that is usually quick: shown only once it has taken a noticeable time, so
// a fast export or verification does not flash a spinner.

/** How long work may take before its progress is shown, in milliseconds. */
export const SLOW_AFTER = 150;

/**
 * Runs `work`; calls `onslow(true)` if it is still running after `after` ms, and
 * `onslow(false)` when it ends (only if it was called with true). Resolves or rejects as
 * `work` does.
 */
export async function whileSlow<T>(
  work: () => Promise<T>,
  onslow: (slow: boolean) => void,
  after = SLOW_AFTER,
): Promise<T> {
  let shown = false;
  const timer = setTimeout(() => {
    shown = true;
    onslow(true);
  }, after);
  try {
    return await work();
  } finally {
    clearTimeout(timer);
    if (shown) onslow(false);
  }
}
