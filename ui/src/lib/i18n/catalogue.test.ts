import { describe, expect, it } from 'vitest';
import { catalogues, interpolate, translator } from './catalogue';
import { en } from './en';
import { fr } from './fr';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('French has exactly the English keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty message', () => {
    for (const [language, catalogue] of Object.entries(catalogues)) {
      for (const [key, text] of Object.entries(catalogue)) {
        expect(text.trim(), `${language} ${key}`).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('follows French typography: no plain space before : ; ? ! and no straight apostrophe', () => {
    for (const [key, text] of Object.entries(fr)) {
      expect(text, key).not.toMatch(/ [:;?!]/);
      expect(text, key).not.toMatch(/\S[;?!]/u);
      expect(text, key).not.toMatch(/[A-Za-zÀ-ÿ]:/u);
      expect(text, key).not.toContain("'");
    }
  });
});

describe('interpolation', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Saved at {time}', { time: '14:05' })).toBe('Saved at 14:05');
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(interpolate('plain')).toBe('plain');
  });

  it('translates with a language-bound function', () => {
    expect(translator('fr')('save.saved', { time: '09:30' })).toBe('Enregistré à 09:30');
    expect(translator('en')('nav.missions')).toBe('All missions');
  });
});
