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
