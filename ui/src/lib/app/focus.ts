// Where the keyboard focus goes when the main area shows another screen (a navigation, the
// first screen once unlocked, the skip link): on the screen's heading (made focusable with
// tabindex=-1, so Tab goes on from there to its first control) — unless the screen already put
// it on one of its own controls (a form's first field). A screen that reads its data first
// shows its heading a moment later: until then the focus is on the main area, and it moves to
// the heading once that is there, as long as nothing else took the focus meanwhile.

const HEADINGS = ['.page-head .title', 'h1', 'h2'];

const shown = (element: HTMLElement): boolean => element.getClientRects().length > 0;

function headingOf(main: HTMLElement): HTMLElement | null {
  for (const selector of HEADINGS) {
    for (const heading of main.querySelectorAll<HTMLElement>(selector)) {
      if (!heading.closest('[aria-modal="true"], [hidden]') && shown(heading)) return heading;
    }
  }
  return null;
}

/** Focuses the heading of `main`; returns whether it did. */
export function focusHeading(main: HTMLElement): boolean {
  const heading = headingOf(main);
  if (heading === null) return false;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  return true;
}

/**
 * After `main` shows another screen: focus its heading once it is there, unless the focus is
 * already on a control of that screen. Returns what stops the waiting.
 */
export function focusScreen(main: HTMLElement): () => void {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== main && main.contains(active)) return () => undefined;
  if (focusHeading(main)) return () => undefined;
  // Meanwhile on the main area itself, out of the sidebar: Tab goes on from there.
  main.focus({ preventScroll: true });
  const observer = new MutationObserver(() => {
    const now = document.activeElement;
    // The person or the screen put the focus elsewhere meanwhile: leave it there.
    if (now !== main && now !== document.body) observer.disconnect();
    else if (focusHeading(main)) observer.disconnect();
  });
  observer.observe(main, { childList: true, subtree: true });
  return () => observer.disconnect();
}
