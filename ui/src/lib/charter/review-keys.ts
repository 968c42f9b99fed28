// The review's keyboard: 1, 2, 3 give a verdict on the clause in focus, the arrows (or j, k)
// move between clauses. Typing in a comment is never taken for a shortcut.

import type { Review } from '../bindings/Review';

export const VERDICT_KEYS: { review: Exclude<Review, 'pending'>; key: string }[] = [
  { review: 'agreed', key: '1' },
  { review: 'to_discuss', key: '2' },
  { review: 'struck', key: '3' },
];

export type ReviewKey = { verdict: Exclude<Review, 'pending'> } | { move: -1 | 1 };

type Keys = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'> & {
  target: EventTarget | null;
};

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function reviewKeyOf(event: Keys): ReviewKey | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target as HTMLElement | null;
  if (target && (TYPING.has(target.tagName) || target.isContentEditable)) return null;
  const verdict = VERDICT_KEYS.find((v) => v.key === event.key);
  if (verdict) return { verdict: verdict.review };
  if (event.key === 'ArrowDown' || event.key === 'j') return { move: 1 };
  if (event.key === 'ArrowUp' || event.key === 'k') return { move: -1 };
  return null;
}
