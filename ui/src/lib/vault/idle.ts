// Locking after a while without use: a key, a click, a pointer moving or the wheel turning
// counts as use. The time is measured on the clock, so a timer that fires late (the laptop
// slept) still counts the time that really passed.

/** The events that count as use of the window. */
export const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Calls `onidle` once, when `limitMs` have passed without activity in `target`. Returns the
 * function that stops watching.
 */
export function watchIdle(limitMs: number, onidle: () => void, target: Window = window): () => void {
  let last = Date.now();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const active = () => {
    last = Date.now();
  };

  function check() {
    timer = null;
    const idle = Date.now() - last;
    if (idle >= limitMs) {
      stop();
      onidle();
    } else {
      timer = setTimeout(check, limitMs - idle);
    }
  }

  // Back on screen after a while away: lock at once if the time is up.
  const shown = () => {
    if (stopped || target.document.visibilityState !== 'visible') return;
    if (timer !== null) clearTimeout(timer);
    check();
  };

  function stop() {
    if (stopped) return;
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    for (const type of ACTIVITY) target.removeEventListener(type, active, true);
    target.document.removeEventListener('visibilitychange', shown);
  }

  for (const type of ACTIVITY) target.addEventListener(type, active, { capture: true, passive: true });
  target.document.addEventListener('visibilitychange', shown);
  timer = setTimeout(check, limitMs);
  return stop;
}

/** How often, at most, use of the window is reported to Rust. */
export const REPORT_EVERY_MS = 20_000;

/**
 * Calls `report` on use of the window in `target`, at most once every `everyMs`: at the first
 * use, then at the end of each period that saw some, so that the last report never comes before
 * the last use (Rust, which counts idle time from the reports, never locks before the window
 * would). Returns the function that stops it.
 */
export function reportUse(report: () => void, everyMs = REPORT_EVERY_MS, target: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let usedSince = false;

  const period = () => {
    timer = null;
    if (!usedSince) return;
    usedSince = false;
    report();
    timer = setTimeout(period, everyMs);
  };

  const active = () => {
    if (timer !== null) {
      usedSince = true;
      return;
    }
    report();
    timer = setTimeout(period, everyMs);
  };

  for (const type of ACTIVITY) target.addEventListener(type, active, { capture: true, passive: true });
  return () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    for (const type of ACTIVITY) target.removeEventListener(type, active, true);
  };
}
