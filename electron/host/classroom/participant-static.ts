import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { HTTP } from '../../../shared/protocol/http.ts';
import { contentTypeOf } from '../server/content-types.ts';

/**
 * What the classroom network may fetch: the participant page at `/`, and the built assets it loads (scripts, styles,
 * fonts, icons) — never the trainer's app, never a fallback page. Returns false for anything else (the caller 404s).
 */
export function serveParticipantApp(root: string, urlPath: string, res: ServerResponse, headers: Record<string, string>): boolean {
  const page = urlPath === '/' || urlPath === HTTP.participantPage;
  let file: string;
  if (page) file = join(root, HTTP.participantPage);
  else {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return false;
    }
    const relative = normalize(decoded).replace(/^([/\\])+/, '');
    const inAssets = relative.startsWith(`assets${sep}`) && !relative.includes(`..`);
    const icon = /^favicon\.(ico|svg|png)$/.test(relative);
    if (!inAssets && !icon) return false;
    file = join(root, relative);
    if (!file.startsWith(root + sep)) return false;
  }
  const type = contentTypeOf(file);
  if (!type || !existsSync(file) || !statSync(file).isFile()) {
    if (!page) return false;
    res.writeHead(503, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
    res.end('The participant page is not built. / 学员页面尚未构建。');
    return true;
  }
  const cache = page ? 'no-cache' : 'public, max-age=31536000, immutable';
  res.writeHead(200, { ...headers, 'content-type': type, 'cache-control': cache });
  createReadStream(file).pipe(res);
  return true;
}
