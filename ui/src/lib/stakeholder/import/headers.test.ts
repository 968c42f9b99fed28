import { describe, expect, it } from 'vitest';
import { fold } from '../search';
import { COLUMNS, GROUP_WORDS, HEADERS, MAX_ROWS } from './headers';

// The dialog's lists against the importer's own: read from mandat-core's source, so that a
// header the importer learns (or forgets) fails here until the dialog says the same.
async function spreadsheetSource(): Promise<string> {
  // Node's fs, out of sight of the type check (the UI's types know no Node).
  const fs = (await import(/* @vite-ignore */ ['node', 'fs'].join(':'))) as {
    readFileSync(path: string, encoding: 'utf8'): string;
  };
  const here = decodeURIComponent(import.meta.url.replace(/^file:\/\//, '').replace(/\/[^/]*$/, ''));
  return fs.readFileSync(`${here}/../../../../../src-tauri/core/src/stakeholder/spreadsheet.rs`, 'utf8');
}

/** As the importer compares words: trimmed, lower case, accents removed. */
const asImporter = (word: string) => fold(word.trim());

function pairs(source: string, list: string, type: string): [string, string][] {
  const start = source.indexOf(`const ${list}:`);
  const block = source.slice(start, source.indexOf('];', start));
  return [...block.matchAll(new RegExp(`\\("([^"]+)",\\s*${type}::(\\w+)\\)`, 'g'))].map((m) => [m[1], m[2]]);
}

const camel = (pascal: string) => pascal[0].toLowerCase() + pascal.slice(1);
const snake = (pascal: string) => pascal.replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase();

describe('the headers and groups the import dialog names', () => {
  it('are exactly the headers the importer maps, field by field', async () => {
    const rust = pairs(await spreadsheetSource(), 'HEADERS', 'Column');
    expect(rust.length).toBeGreaterThan(30);
    const shown = COLUMNS.flatMap((column) => HEADERS[column].map((h) => [asImporter(h), column]));
    expect(shown.sort()).toEqual(rust.map(([word, column]) => [word, camel(column)]).sort());
  });

  it('are exactly the group words the importer knows (codes with an underscore aside)', async () => {
    const rust = pairs(await spreadsheetSource(), 'GROUPS', 'Group')
      .map(([word, group]) => [word, snake(group)])
      .filter(([word]) => !word.includes('_'));
    expect(rust.length).toBeGreaterThan(15);
    const shown = Object.entries(GROUP_WORDS).flatMap(([group, words]) => words.map((w) => [asImporter(w), group]));
    expect(shown.sort()).toEqual(rust.sort());
  });

  it('know the cap on rows, which tells a file with too many rows from one too large', async () => {
    const cap = /MAX_ROWS: usize = ([\d_]+);/.exec(await spreadsheetSource())?.[1];
    expect(Number(cap?.replaceAll('_', ''))).toBe(MAX_ROWS);
  });
});
