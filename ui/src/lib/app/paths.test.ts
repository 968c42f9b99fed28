import { describe, expect, it } from 'vitest';
import { fileName } from './paths';

describe('fileName', () => {
  it('drops the folders, whatever the separator', () => {
    expect(fileName('/home/anne/Charte-Ravel-v2.pdf')).toBe('Charte-Ravel-v2.pdf');
    expect(fileName('C:\\Users\\anne\\key.p12')).toBe('key.p12');
    expect(fileName('plain.pdf')).toBe('plain.pdf');
    expect(fileName('/tmp/dir/')).toBe('dir');
  });
});
