import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '../store/database.ts';
import { sql } from '../store/statements.ts';

const listen = (server: Server, port: number, hostname: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    server.once('error', fail);
    server.listen(port, hostname, () => {
      server.off('error', fail);
      resolve();
    });
  });

/**
 * Listens on `requested` when given; otherwise on the port this library used last time, so that pages left open
 * (and their saved edits, which the browser keeps per address) find the host again after a restart. Falls back to a
 * free port when that one is taken.
 */
export async function listenOnPreferredPort(server: Server, hostname: string, db: Db, requested?: number): Promise<number> {
  if (requested !== undefined) {
    await listen(server, requested, hostname);
  } else {
    const remembered = sql(db, "SELECT value FROM library_settings WHERE key = 'port'").pluck().get() as string | undefined;
    try {
      await listen(server, remembered ? Number(remembered) : 0, hostname);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || !remembered) throw error;
      await listen(server, 0, hostname);
    }
  }
  const port = (server.address() as AddressInfo).port;
  if (requested === undefined) {
    sql(db, "INSERT INTO library_settings (key, value) VALUES ('port', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
      String(port),
    );
  }
  return port;
}
