import { describe, expect, it } from 'vitest';
import { reviewKeyOf } from './review-keys';

const press = (key: string, target: Partial<HTMLElement> = { tagName: 'ARTICLE' }, extra = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: target as EventTarget,
  ...extra,
});

describe('reviewKeyOf', () => {
  it('reads 1, 2 and 3 as the verdicts, the arrows and j/k as moves', () => {
    expect(reviewKeyOf(press('1'))).toEqual({ verdict: 'agreed' });
    expect(reviewKeyOf(press('2'))).toEqual({ verdict: 'to_discuss' });
    expect(reviewKeyOf(press('3'))).toEqual({ verdict: 'struck' });
    expect(reviewKeyOf(press('ArrowDown'))).toEqual({ move: 1 });
    expect(reviewKeyOf(press('k'))).toEqual({ move: -1 });
  });

  it('never takes typing in a comment, or a combination, for a shortcut', () => {
    expect(reviewKeyOf(press('2', { tagName: 'TEXTAREA' }))).toBeNull();
    expect(reviewKeyOf(press('1', { tagName: 'INPUT' }))).toBeNull();
    expect(reviewKeyOf(press('1', { tagName: 'ARTICLE' }, { ctrlKey: true }))).toBeNull();
    expect(reviewKeyOf(press('4'))).toBeNull();
  });
});
