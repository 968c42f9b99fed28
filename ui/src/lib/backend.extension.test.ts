import { describe, expect, it } from 'vitest';
import { withExtension } from './backend';

describe('a name typed in the save dialog', () => {
  it('gets the extension of its kind when it has none or another, so Rust will write it', () => {
    expect(withExtension('/home/anne/Charte', 'pdf')).toBe('/home/anne/Charte.pdf');
    expect(withExtension('/home/anne/Charte.PDF', 'pdf')).toBe('/home/anne/Charte.PDF');
    expect(withExtension('/home/anne/v1.2/Charte', 'pdf')).toBe('/home/anne/v1.2/Charte.pdf');
    expect(withExtension('/home/anne/Ravel.txt', 'mandat')).toBe('/home/anne/Ravel.txt.mandat');
    expect(withExtension('/home/anne/people.txt', 'csv')).toBe('/home/anne/people.txt');
  });
});
