import { describe, expect, it } from 'vitest';
import { fileName, folderOf, sanitise } from './paths';

describe('fileName', () => {
  it('drops the folders, whatever the separator', () => {
    expect(fileName('/home/anne/Charte-Ravel-v2.pdf')).toBe('Charte-Ravel-v2.pdf');
    expect(fileName('C:\\Users\\anne\\key.p12')).toBe('key.p12');
    expect(fileName('plain.pdf')).toBe('plain.pdf');
    expect(fileName('/tmp/dir/')).toBe('dir');
  });
});

describe('folderOf', () => {
  it('keeps the folders and drops the name, whatever the separator', () => {
    expect(folderOf('/home/anne/.local/share/mandat/backups/mandat-x.sqlite3')).toBe(
      '/home/anne/.local/share/mandat/backups',
    );
    expect(folderOf('C:\\Users\\anne\\Mandat\\backups\\mandat-x.sqlite3')).toBe(
      'C:\\Users\\anne\\Mandat\\backups',
    );
    expect(folderOf('/mandat-x.sqlite3')).toBe('/');
    expect(folderOf('C:\\mandat-x.sqlite3')).toBe('C:\\');
    expect(folderOf('mandat-x.sqlite3')).toBe('');
  });
});

describe('sanitise', () => {
  it('keeps letters without accents, digits and single dashes', () => {
    expect(sanitise('Distribution Ravel')).toBe('Distribution-Ravel');
    expect(sanitise('  Société Générale / Île-de-France  ')).toBe('Societe-Generale-Ile-de-France');
    expect(sanitise('../../etc/passwd')).toBe('etc-passwd');
    expect(sanitise('L’Oréal & Co. (2026)')).toBe('L-Oreal-Co-2026');
    expect(sanitise('«»')).toBe('');
  });

  it('keeps a name of reasonable length, never ending on a dash', () => {
    const long = sanitise(`${'a'.repeat(59)} b`);
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('-')).toBe(false);
  });
});
