import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/catalogue';
import { clauseName, formatAmount, inSection, inputOf } from './clause';
import { sampleClause } from './samples';
import { CATALOGUE, CHARTER_SECTIONS, SECTIONS } from './sections';

const en = translator('en');
const fr = translator('fr');

describe('clauseName', () => {
  it('names a catalogue authority by the catalogue, in the reader’s language', () => {
    const staff = sampleClause('k1', {
      section: 'authority',
      title: '',
      authority: 'reduce_staff',
    });
    expect(clauseName(staff, en)).toBe('Reduce staff');
    expect(clauseName(staff, fr)).toBe('Réduire les effectifs');
  });

  it('names any other clause by its title, as typed', () => {
    const custom = sampleClause('k2', {
      section: 'authority',
      title: 'Sign purchase orders',
      authority: 'custom',
    });
    expect(clauseName(custom, fr)).toBe('Sign purchase orders');
    expect(clauseName(sampleClause('k3', { title: 'Stabiliser' }), en)).toBe('Stabiliser');
  });

  it('has a wording for every authority of the catalogue in both languages', () => {
    expect(CATALOGUE).toHaveLength(9);
    for (const kind of CATALOGUE) {
      const clause = sampleClause(kind, { section: 'authority', title: '', authority: kind });
      expect(clauseName(clause, en)).not.toBe('');
      expect(clauseName(clause, fr)).not.toBe(clauseName(clause, en));
    }
  });
});

describe('the sections', () => {
  it('follow the document, the charter page running from the context to the communication plan', () => {
    expect(SECTIONS[0]).toBe('context');
    expect(SECTIONS.at(-1)).toBe('escalation');
    expect(CHARTER_SECTIONS).toHaveLength(12);
    expect(CHARTER_SECTIONS.at(-1)).toBe('communication');
  });
});

describe('inputOf', () => {
  it('holds every field as text, empty when unused', () => {
    const budget = sampleClause('k4', {
      section: 'budget',
      title: 'Budget',
      amount: 180000,
      currency: 'EUR',
    });
    expect(inputOf(budget)).toEqual({
      section: 'budget',
      title: 'Budget',
      detail: '',
      due: '',
      amount: '180000',
      currency: 'EUR',
      authority: null,
      decision: null,
      approver: '',
    });
  });
});

describe('formatAmount', () => {
  it('writes whole units in the reader’s language', () => {
    expect(formatAmount(180000, 'EUR', 'en')).toBe('€180,000');
    expect(formatAmount(180000, 'EUR', 'fr').replace(/\s/g, ' ')).toBe('180 000 €');
    expect(formatAmount(5, 'ZZ', 'en')).toBe('5 ZZ');
  });
});

describe('inSection', () => {
  it('reads milestones by date, undated last, and other sections as arranged', () => {
    const clauses = [
      sampleClause('end', { section: 'milestone', position: 0, due: '2027-04-30' }),
      sampleClause('open', { section: 'milestone', position: 1, due: null }),
      sampleClause('rehearsal', { section: 'milestone', position: 2, due: '2027-02-20' }),
      sampleClause('o2', { section: 'objective', position: 1 }),
      sampleClause('o1', { section: 'objective', position: 0 }),
    ];
    expect(inSection(clauses, 'milestone').map((c) => c.key)).toEqual(['rehearsal', 'end', 'open']);
    expect(inSection(clauses, 'objective').map((c) => c.key)).toEqual(['o1', 'o2']);
  });
});
