// Paths of the user's files, as shown: the name without its folders.

/** `/home/anne/Charte-Ravel-v2.pdf` → `Charte-Ravel-v2.pdf` (Windows separators too). */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  return parts.length > 0 ? parts[parts.length - 1] : path;
}
