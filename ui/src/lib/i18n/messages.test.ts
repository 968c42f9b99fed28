import { describe, expect, it } from 'vitest';
import { gather, type Translation } from './messages';

const one = { 'one.a': 'A {name}', 'one.b': 'B' } as const;
const two = { 'two.a': 'Two' } as const;

describe('gathering the features’ messages', () => {
  it('keeps every message of every part, with its literal type', () => {
    const all = gather([one, two]);
    const text: 'A {name}' = all['one.a'];
    expect(text).toBe('A {name}');
    expect(all).toEqual({ 'one.a': 'A {name}', 'one.b': 'B', 'two.a': 'Two' });
  });

  it('refuses a key found in two features, by its type and at run time', () => {
    const again = { 'one.b': 'Another B' } as const;
    // @ts-expect-error 'one.b' is in two parts
    expect(() => gather([one, two, again])).toThrow('message key in two features: one.b');
  });

  it('types a translation with exactly the English keys', () => {
    // @ts-expect-error 'one.b' is missing
    const missing: Translation<typeof one> = { 'one.a': 'A {name}' };
    // @ts-expect-error 'one.c' is not an English key
    const extra: Translation<typeof one> = { 'one.a': 'A', 'one.b': 'B', 'one.c': 'C' };
    expect([missing, extra]).toHaveLength(2);
  });
});
