import { describe, expect, it } from 'vitest';
import { sampleVersion } from '../charter/samples';
import { defaultVersion, exportKind, suggestedFileName } from './exporting';

describe('exportKind', () => {
  it('is a signed PDF only for an approved version both have signed', () => {
    expect(exportKind({ status: 'approved', complete: true, receivedAt: null })).toBe('signed');
    expect(exportKind({ status: 'approved', complete: false, receivedAt: null })).toBe('draft');
    expect(exportKind({ status: 'draft', complete: false, receivedAt: null })).toBe('draft');
    expect(exportKind({ status: 'in_review', complete: true, receivedAt: null })).toBe('draft');
    // Signed on another laptop, received in a mission file: never sealed here.
    expect(exportKind({ status: 'approved', complete: true, receivedAt: '2026-12-01T10:00:00Z' })).toBe('draft');
    expect(exportKind(null)).toBe('draft');
  });
});

describe('defaultVersion', () => {
  it('opens on the latest approved version, else on the latest one', () => {
    const v1 = sampleVersion({ id: 1, number: 1, status: 'approved' });
    const v2 = sampleVersion({ id: 2, number: 2, status: 'approved' });
    const v3 = sampleVersion({ id: 3, number: 3, status: 'draft' });
    expect(defaultVersion([v1, v2, v3])?.number).toBe(2);
    expect(defaultVersion([v3, v1])?.number).toBe(1);
    expect(defaultVersion([sampleVersion({ number: 1, status: 'rejected' }), v3])?.number).toBe(3);
    expect(defaultVersion([])).toBeNull();
  });
});

describe('suggestedFileName', () => {
  it('names the file in the document’s language, and says when it is a draft', () => {
    expect(suggestedFileName('Distribution Ravel', 2, 'fr', 'signed')).toBe('Charte-Distribution-Ravel-v2.pdf');
    expect(suggestedFileName('Distribution Ravel', 2, 'en', 'signed')).toBe('Charter-Distribution-Ravel-v2.pdf');
    expect(suggestedFileName('Ravel', 1, 'en', 'draft')).toBe('Charter-Ravel-v1-draft.pdf');
    expect(suggestedFileName('Ravel', 1, 'fr', 'draft')).toBe('Charte-Ravel-v1-brouillon.pdf');
  });

  it('leaves out a client name with nothing usable in it', () => {
    expect(suggestedFileName('***', 3, 'en', 'signed')).toBe('Charter-v3.pdf');
  });
});
