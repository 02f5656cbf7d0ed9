import type { IncomingMessage, ServerResponse } from 'node:http';

export const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

/** The body parsed as JSON, `tooLarge` past `limit` bytes (the rest is not read), `malformed` when it is not JSON. */
export async function jsonBody(req: IncomingMessage, limit: number): Promise<{ ok: true; value: unknown } | { ok: false; why: 'tooLarge' | 'malformed' }> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return { ok: false, why: 'tooLarge' };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return { ok: false, why: 'tooLarge' };
    chunks.push(chunk);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch {
    return { ok: false, why: 'malformed' };
  }
}
