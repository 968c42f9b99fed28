import { describe, expect, it } from 'vitest';
import { shortcutOf } from './shortcuts';

const keys = (key: string, extra: Partial<KeyboardEvent> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...extra,
});

describe('shortcutOf', () => {
  it('reads Ctrl+N (and ⌘N) as a new mission', () => {
    expect(shortcutOf(keys('n', { ctrlKey: true }))).toBe('new-mission');
    expect(shortcutOf(keys('N', { ctrlKey: true }))).toBe('new-mission');
    expect(shortcutOf(keys('n', { metaKey: true }))).toBe('new-mission');
  });

  it('reads Ctrl+L (and ⌘L) as locking', () => {
    expect(shortcutOf(keys('l', { ctrlKey: true }))).toBe('lock');
    expect(shortcutOf(keys('L', { ctrlKey: true }))).toBe('lock');
    expect(shortcutOf(keys('l', { metaKey: true }))).toBe('lock');
    expect(shortcutOf(keys('l'))).toBeNull();
    expect(shortcutOf(keys('l', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it('reads Ctrl+H (and ⌘H) as screen privacy', () => {
    expect(shortcutOf(keys('h', { ctrlKey: true }))).toBe('privacy');
    expect(shortcutOf(keys('H', { metaKey: true }))).toBe('privacy');
    expect(shortcutOf(keys('h'))).toBeNull();
    expect(shortcutOf(keys('h', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('reads Ctrl+K (and ⌘K) as the quick check-in', () => {
    expect(shortcutOf(keys('k', { ctrlKey: true }))).toBe('quick-checkin');
    expect(shortcutOf(keys('K', { metaKey: true }))).toBe('quick-checkin');
    expect(shortcutOf(keys('k'))).toBeNull();
    expect(shortcutOf(keys('k', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it('leaves plain typing and other combinations alone', () => {
    expect(shortcutOf(keys('n'))).toBeNull();
    expect(shortcutOf(keys('n', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(shortcutOf(keys('n', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(shortcutOf(keys('m', { ctrlKey: true }))).toBeNull();
  });
});
