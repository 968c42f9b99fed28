import { describe, expect, it } from 'vitest';
import { characterClasses, passphraseLength, strengthOf } from './strength';

describe('strengthOf', () => {
  it('calls weak what is under 10 characters, or made of one kind of character', () => {
    expect(strengthOf('')).toBe('weak');
    expect(strengthOf('Tr0ub4dor')).toBe('weak');
    expect(strengthOf('abcdefghijkl')).toBe('weak');
    expect(strengthOf('correcthorsebatterystaple')).toBe('weak');
    expect(strengthOf('1234567890123456')).toBe('weak');
  });

  it('calls weak a few characters repeated, however long', () => {
    expect(strengthOf('ab ab ab ab ab ab ab')).toBe('weak');
  });

  it('calls fair 10 to 15 characters of two kinds, or 10 to 11 of three', () => {
    expect(strengthOf('blue ferry')).toBe('fair');
    expect(strengthOf('blue ferry sails')).not.toBe('fair');
    expect(strengthOf('Blue ferry7')).toBe('fair');
    expect(strengthOf('ferry brest')).toBe('fair');
  });

  it('calls strong 16 characters or more, or 12 or more mixing three kinds', () => {
    expect(strengthOf('the blue ferry leaves')).toBe('strong');
    expect(strengthOf('Blue ferry 7!')).toBe('strong');
    expect(strengthOf('le ferry bleu quitte Brest à sept heures')).toBe('strong');
  });

  it('counts characters as Rust does, and the kinds of characters mixed', () => {
    expect(passphraseLength('été')).toBe(3);
    expect(passphraseLength('🔒🔒')).toBe(2);
    expect(characterClasses('abc')).toBe(1);
    expect(characterClasses('Abc')).toBe(2);
    expect(characterClasses('Abc1')).toBe(3);
    expect(characterClasses('Abc1 ')).toBe(4);
    expect(characterClasses('élan vital')).toBe(2);
  });
});
