import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('follows each language: French 0 and 1 are singular, English only 1', () => {
    expect([0, 1, 2, 37].map((n) => plural(n, 'fr'))).toEqual(['one', 'one', 'other', 'other']);
    expect([0, 1, 2, 37].map((n) => plural(n, 'en'))).toEqual(['other', 'one', 'other', 'other']);
    expect(plural(1.5, 'fr')).toBe('one');
    expect(plural(1.5, 'en')).toBe('other');
  });
});
