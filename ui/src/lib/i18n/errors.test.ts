import { describe, expect, it } from 'vitest';
import type { ApiError } from '../bindings/ApiError';
import type { ErrorCode } from '../bindings/ErrorCode';
import { translator } from './catalogue';
import { errorDetail, errorMessage } from './errors';

const error = (code: ErrorCode, extra: Partial<ApiError> = {}): ApiError => ({
  code,
  message: 'english prose from rust',
  field: null,
  limit: null,
  items: [],
  also: [],
  ...extra,
});

const en = translator('en');
const fr = translator('fr');

describe('errorMessage', () => {
  it('gives every code its own sentence in each language, never Rust’s prose', () => {
    const codes: ErrorCode[] = [
      'required',
      'too_long',
      'too_short',
      'invalid_date',
      'no_such_date',
      'end_before_start',
      'invalid_amount',
      'invalid_currency',
      'not_found',
      'closed',
      'frozen',
      'wrong_status',
      'open_clauses',
      'nothing_approved',
      'charter_exists',
      'not_approved',
      'signed',
      'key_file',
      'mission_file',
      'key_store',
      'typesetting',
      'seal',
      'signing_key',
      'encryption',
      'malformed',
      'out_of_range',
      'future',
      'too_early',
      'file',
      'refused_path',
      'corrupt',
      'wrong_passphrase',
      'locked',
      'not_set_up',
      'already_set_up',
      'newer_database',
      'storage',
    ];
    for (const t of [en, fr]) {
      const texts = codes.map((code) => errorMessage(error(code), t, { example: '2026-03-02' }));
      expect(new Set(texts).size).toBe(codes.length);
      for (const text of texts) expect(text).not.toContain('english prose');
    }
  });

  it('states the limit of a too-long text', () => {
    const tooLong = error('too_long', { field: 'client', limit: 120 });
    expect(errorMessage(tooLong, en)).toBe('Too long: 120 characters at most.');
    expect(errorMessage(tooLong, fr)).toBe('Trop long\u00a0: 120 caractères au maximum.');
    expect(errorMessage(error('too_long'), en)).toBe('This text is too long.');
  });

  it('states the minimum length of a too-short passphrase', () => {
    const tooShort = error('too_short', { field: 'passphrase', limit: 10 });
    expect(errorMessage(tooShort, en)).toBe('Too short: 10 characters at least.');
    expect(errorMessage(tooShort, fr)).toBe('Trop court\u00a0: 10 caractères au minimum.');
    expect(errorMessage(error('too_short'), en)).toBe('This is too short.');
  });

  it('says a wrong passphrase in words, never the passphrase or Rust’s prose', () => {
    expect(errorMessage(error('wrong_passphrase'), en)).toMatch(/^This is not the right passphrase\./);
    expect(errorMessage(error('wrong_passphrase'), fr)).toMatch(/^Ce n’est pas la bonne phrase de passe\./);
    expect(errorDetail(error('wrong_passphrase'), en)).toBeNull();
  });

  it('shows the expected date format with an example, in the UI language', () => {
    const bad = error('invalid_date', { field: 'startDate' });
    expect(errorMessage(bad, en, { example: '2026-03-02' })).toBe(
      'Not a valid date. Use year-month-day, e.g. 2026-03-02.',
    );
    expect(errorMessage(bad, fr, { example: '2026-03-02' })).toBe(
      'Date invalide. Utilisez année-mois-jour, par ex. 2026-03-02.',
    );
  });

  it('translates the field-level codes', () => {
    expect(errorMessage(error('required', { field: 'title' }), fr)).toBe('Ce champ est obligatoire.');
    expect(errorMessage(error('end_before_start', { field: 'plannedEnd' }), en)).toBe(
      'The planned end is before the start date.',
    );
  });
  it('names the first day allowed when a date comes too early, in the UI language', () => {
    const early = error('too_early', { field: 'announcedOn', items: ['2026-11-01'] });
    expect(errorMessage(early, en, { language: 'en' })).toContain('1 November 2026');
    expect(errorMessage(early, fr, { language: 'fr' })).toContain('1 novembre 2026');
    const decided = error('too_early', { field: 'decidedOn', items: ['2026-12-07'] });
    expect(errorMessage(decided, en, { language: 'en' })).toBe(
      'This date is before 7 December 2026, the day the version was submitted for approval.',
    );
    expect(errorMessage(decided, fr, { language: 'fr' })).toContain('soumise à l’accord');
  });

  it('lists the clauses still to discuss, as a sentence of the UI language', () => {
    const open = error('open_clauses', { items: ['Scope', 'Budget', 'Reporting line'] });
    expect(errorMessage(open, en, { language: 'en' })).toBe(
      'Clauses still to discuss: Scope, Budget, and Reporting line.',
    );
    expect(errorMessage(open, fr, { language: 'fr' })).toBe(
      'Clauses encore à discuter\u00a0: Scope, Budget et Reporting line.',
    );
    expect(errorMessage(error('open_clauses'), en)).toBe('Some clauses are still to discuss.');
  });
});

describe('a damaged database', () => {
  it('says so in each language, and that nothing was changed', () => {
    expect(errorMessage(error('corrupt'), en)).toBe(
      'This file is damaged or is not a Mandat database, so it cannot be used. Your data was not changed.',
    );
    expect(errorMessage(error('corrupt'), fr)).toBe(
      'Ce fichier est endommagé ou n’est pas une base de données Mandat\u00a0: il ne peut pas servir. ' +
        'Vos données n’ont pas été modifiées.',
    );
  });
});

describe('a file that cannot be used', () => {
  it('tells a key file from a mission file, in each language', () => {
    const english = errorMessage(error('key_file'), en);
    expect(english).toMatch(/^This key file cannot be used: check the password/);
    expect(english).toContain('.p12');
    expect(errorMessage(error('mission_file'), en)).toMatch(/^This is not a Mandat mission file/);
    const french = errorMessage(error('key_file'), fr);
    expect(french).toMatch(/^Ce fichier de clé est inutilisable\u00a0: vérifiez le mot de passe/);
    expect(errorMessage(error('mission_file'), fr)).toContain('.mandat');
  });

  it('states the top of a range', () => {
    const range = error('out_of_range', { field: 'power', limit: 5 });
    expect(errorMessage(range, en)).toBe('This value is out of range: 5 at most.');
    expect(errorMessage(range, fr)).toBe('Cette valeur est hors limites\u00a0: 5 au maximum.');
  });
});

describe('errorDetail', () => {
  it('adds Rust’s message only to the failures it explains', () => {
    expect(errorDetail(error('storage', { message: 'disk full' }), en)).toBe('Details: disk full');
    expect(errorDetail(error('file', { message: 'cannot write /x.pdf: denied' }), en)).toBe(
      'Details: cannot write /x.pdf: denied',
    );
    const damaged = error('corrupt', { message: 'the database /b.sqlite3 is damaged: not a Mandat database' });
    expect(errorDetail(damaged, en)).toBe('Details: the database /b.sqlite3 is damaged: not a Mandat database');
    expect(errorDetail(error('mission_file', { message: 'not a Mandat mission file (damaged or altered)' }), en)).toBe(
      'Details: not a Mandat mission file (damaged or altered)',
    );
    expect(errorDetail(error('storage', { message: 'disk full' }), fr)).toBe('Détail\u00a0: disk full');
    expect(errorDetail(error('closed'), en)).toBeNull();
    expect(errorDetail(error('storage', { message: ' ' }), en)).toBeNull();
  });
});

describe('a refused path', () => {
  it('says why, in each language, and has a sentence for a reason it does not know', () => {
    const inside = error('refused_path', { items: ['inside_data_folder'] });
    expect(errorMessage(inside, en)).toContain('data folder');
    expect(errorMessage(inside, fr)).toContain('dossier de données');
    expect(errorMessage(error('refused_path', { items: ['would_replace'] }), fr)).toContain('ne le remplacera pas');
    expect(errorMessage(error('refused_path', { items: ['from_the_future'] }), en)).toBe('Mandat will not use this file.');
  });
});

describe('a day that does not exist', () => {
  it('says that a day written as asked does not exist, or which month does not', () => {
    const thirtieth = error('no_such_date', { field: 'startDate', items: ['2026-02-30'] });
    expect(errorMessage(thirtieth, en, { language: 'en' })).toBe('30 February 2026 does not exist.');
    expect(errorMessage(thirtieth, fr, { language: 'fr' })).toBe('Le 30 février 2026 n’existe pas.');
    const thirteenth = error('no_such_date', { field: 'plannedEnd', items: ['2025-13-01'] });
    expect(errorMessage(thirteenth, en, { language: 'en', example: '2026-03-02' })).toBe(
      'There is no month 13. Use year-month-day, e.g. 2026-03-02.',
    );
  });
});
