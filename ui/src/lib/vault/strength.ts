// How hard a passphrase is to guess, roughly: its length and the kinds of characters in it.
// A hint for the person choosing it, not a rule — Rust only insists on the minimum length.

export type Strength = 'weak' | 'fair' | 'strong';

/** The shortest passphrase Rust accepts. */
export const MIN_PASSPHRASE_LENGTH = 10;

/** Length in characters, as Rust counts it (an accented letter or an emoji is one). */
export const passphraseLength = (passphrase: string): number => [...passphrase].length;

const CLASSES = [
  /\p{Lu}/u, // capitals
  /[\p{Ll}\p{Lo}\p{Lm}\p{Lt}]/u, // other letters
  /\p{N}/u, // digits
  /[^\p{L}\p{N}]/u, // spaces, punctuation, symbols
];

/** How many of capitals, small letters, digits and other characters the passphrase mixes. */
export function characterClasses(passphrase: string): number {
  return CLASSES.filter((kind) => kind.test(passphrase)).length;
}

/**
 * Weak: under the minimum length, a single kind of character, or a few characters repeated.
 * Strong: 16 characters or more, or 12 or more mixing three kinds. Fair otherwise.
 */
export function strengthOf(passphrase: string): Strength {
  const length = passphraseLength(passphrase);
  const classes = characterClasses(passphrase);
  const distinct = new Set(passphrase.toLowerCase()).size;
  if (length < MIN_PASSPHRASE_LENGTH || classes < 2 || distinct < 5) return 'weak';
  if (length >= 16 || (length >= 12 && classes >= 3)) return 'strong';
  return 'fair';
}

/** A new passphrase that may be used: long enough, and typed the same a second time. */
export const confirmed = (passphrase: string, confirm: string): boolean =>
  passphraseLength(passphrase) >= MIN_PASSPHRASE_LENGTH && confirm === passphrase;
