import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../bindings/ImportPreview';
import { translator } from '../i18n/catalogue';
import { contentsLine, missionFileName } from './transfer';

const preview: ImportPreview = {
  client: 'Ravel',
  title: 'Redresser le SI',
  startDate: '2026-03-02',
  exportedAt: '2026-11-10T09:30:00Z',
  versions: 3,
  signatures: 1,
  audiences: 0,
  existing: null,
  wellbeingNotes: 0,
  wellbeingPeople: 0,
};

describe('missionFileName', () => {
  it('names the file after the client and the mission, without accents or separators', () => {
    expect(missionFileName('Ravel', 'Redresser le SI')).toBe('Ravel-Redresser-le-SI.mandat');
    expect(missionFileName('Société Générale', 'DSI de transition / ERP')).toBe(
      'Societe-Generale-DSI-de-transition-ERP.mandat',
    );
    expect(missionFileName('../..', 'Reprise')).toBe('Reprise.mandat');
    expect(missionFileName('«»', '***')).toBe('mission.mandat');
  });
});

describe('contentsLine', () => {
  it('counts the versions, signatures and audiences in each language', () => {
    expect(contentsLine(preview, translator('en'), 'en')).toBe('3 charter versions · 1 signature · 0 audiences');
    expect(contentsLine(preview, translator('fr'), 'fr')).toBe('3 versions de charte · 1 signature · 0 public');
  });

  it('says so when the file carries wellbeing notes, and says nothing of them otherwise', () => {
    const withNotes = { ...preview, wellbeingNotes: 12, wellbeingPeople: 5 };
    expect(contentsLine(withNotes, translator('en'), 'en')).toContain('12 wellbeing notes about 5 people');
    expect(contentsLine(withNotes, translator('fr'), 'fr')).toContain('12 notes de bien-être sur 5 personnes');
    expect(contentsLine(preview, translator('en'), 'en')).not.toContain('wellbeing');
  });
});
