/** Characters Windows, macOS or a browser download refuse in a file name, plus control characters. */
export const UNSAFE_FILE_CHARS = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/**
 * A name every file system accepts: reserved characters (folder separators included) become "_", no trailing dots
 * or spaces (Windows drops them), at most 150 characters. Null when nothing usable is left, or for "." and "..".
 */
export function cleanFileName(name: string): string | null {
  const cleaned = name.replace(UNSAFE_FILE_CHARS, '_').trim().slice(0, 150).replace(/[.\s]+$/, '');
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : null;
}
