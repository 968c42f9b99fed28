// Brings an element into view inside the main area. Not `scrollIntoView`: near the end of a
// page it would also scroll the window's own frame, which must never move.

function scrollerOf(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}

export function reveal(element: HTMLElement, where: 'center' | 'start' = 'center'): void {
  const scroller = scrollerOf(element);
  if (!scroller) return;
  const box = element.getBoundingClientRect();
  const frame = scroller.getBoundingClientRect();
  const offset = where === 'center' ? Math.max(24, (scroller.clientHeight - box.height) / 2) : 24;
  const top = scroller.scrollTop + box.top - frame.top - offset;
  const calm =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (typeof scroller.scrollTo === 'function')
    scroller.scrollTo({ top, behavior: calm ? 'auto' : 'smooth' });
  else scroller.scrollTop = top;
}
