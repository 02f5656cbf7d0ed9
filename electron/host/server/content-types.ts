import { extname } from 'node:path';

/** The types of the files a build of the renderer holds; both the trainer's server and the classroom's serve from it. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/** The content type of a built file, or undefined for a kind the build does not make. */
export const contentTypeOf = (file: string): string | undefined => CONTENT_TYPES[extname(file)];
