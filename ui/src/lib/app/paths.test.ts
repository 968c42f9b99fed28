import { describe, expect, it } from 'vitest';
import { fileName, folderOf } from './paths';

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
