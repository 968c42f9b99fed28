// Paths of the user's files, as shown: the name without its folders, or the folder alone; and
// the words of a name suggested for a file, made safe.

/** `/home/anne/Charte-Ravel-v2.pdf` → `Charte-Ravel-v2.pdf` (Windows separators too). */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  return parts.length > 0 ? parts[parts.length - 1] : path;
}

/** `/home/anne/data/backups/b.sqlite3` → `/home/anne/data/backups` (Windows separators too). */
export function folderOf(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  if (cut < 0) return '';
  // The root keeps its separator: `/b.sqlite3` is in `/`, `C:\b.sqlite3` in `C:\`.
  return cut === 0 || trimmed[cut - 1] === ':' ? trimmed.slice(0, cut + 1) : trimmed.slice(0, cut);
}

/** Letters without their accents, digits and single dashes: safe in a file name anywhere. */
export function sanitise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
