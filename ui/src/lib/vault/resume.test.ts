import { beforeEach, describe, expect, it } from 'vitest';
import { lockNoted, noteLock, takePlace } from './resume';

describe('the screen a lock left', () => {
  beforeEach(() => {
    sessionStorage.clear();
  });

  it('is noted by name (a mission by number and page), and taken once', () => {
    expect(lockNoted()).toBe(false);
    noteLock({ name: 'mission', id: 7, page: 'review' });
    expect(lockNoted()).toBe(true);
    expect(takePlace()).toEqual({ name: 'mission', id: 7, page: 'review' });
    expect(lockNoted()).toBe(false);
    expect(takePlace()).toBeNull();
    noteLock({ name: 'backups' });
    expect(takePlace()).toEqual({ name: 'backups' });
  });

  it('notes the lock but no screen to come back to from a form or a passing state', () => {
    for (const view of [{ name: 'new' }, { name: 'loading' }, { name: 'welcome' }] as const) {
      noteLock(view);
      expect(lockNoted()).toBe(true);
      expect(takePlace()).toBeNull();
    }
  });

  it('takes nothing it does not know', () => {
    for (const noted of [
      'not json',
      '{"at":{"name":"mission","id":7,"page":"kitchen"}}',
      '{"at":{"name":"mission","id":"7","page":"sheet"}}',
      '{"at":{"name":"failed"}}',
      '{"at":null}',
    ]) {
      sessionStorage.setItem('mandat.locked', noted);
      expect(takePlace()).toBeNull();
      expect(lockNoted()).toBe(false);
    }
  });
});
