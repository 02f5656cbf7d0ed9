import { cleanFileName } from '../../shared/rules/file-name.ts';

/**
 * The file name a Content-Disposition header suggests: RFC 6266's `filename*=UTF-8''…` (how a Chinese name
 * arrives) wins over the plain `filename="…"`; null when there is none. Path parts are stripped.
 */
export function filenameFromDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    const decoded = decodeExtended(extended[1]!, extended[2]!.trim().replace(/^"(.*)"$/, '$1'));
    if (decoded) return safeFilename(decoded);
  }
  const plain = /(?:^|;)\s*filename\s*=\s*(?:"((?:\\.|[^"\\])*)"|([^;]+))/i.exec(header);
  const value = plain ? (plain[1] !== undefined ? plain[1].replace(/\\(.)/g, '$1') : plain[2]!.trim()) : '';
  return value ? safeFilename(value) : null;
}

function decodeExtended(charset: string, value: string): string | null {
  if (charset && !/^utf-8$/i.test(charset)) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** The last path part of a suggested name, cleaned by the shared rule; never empty. */
export function safeFilename(name: string, fallback = 'export.docx'): string {
  return cleanFileName(name.split(/[\\/]/).pop() ?? '') ?? fallback;
}
