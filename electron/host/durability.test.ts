import { PROTOCOL_VERSION } from '../../shared/protocol/messages.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../shared/domain/dimensions.ts';
import { newId } from '../../shared/domain/ids.ts';
import { LIBRARY_FILE } from './store/database.ts';
import { claimSession, RawClient, tempDir } from './testing/fixtures.ts';
import { addIndicator, addPost, createWorkshop } from './testing/sample-ops.ts';
import Database from 'better-sqlite3';
import { join } from 'node:path';

/** Starts `npm run serve`'s host as its own process and reads the trainer's link it prints. */
async function serve(dataDir: string): Promise<{ child: ChildProcess; origin: string; launchCode: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', '--data', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`host exited with ${code}`)));
  });
  const url = new URL(line);
  return { child, origin: url.origin, launchCode: url.hash.replace('#token=', '') };
}

describe('an acknowledged op survives the host being killed', () => {
  const dir = tempDir();
  let running: ChildProcess | undefined;
  afterEach(() => {
    running?.kill('SIGKILL');
    dir.remove();
  });

  it('kill -9 after the acks, restart on the same database: every acknowledged op is there', async () => {
    const first = await serve(dir.dir);
    running = first.child;
    const token = await claimSession(first.origin, first.launchCode);
    const raw = await RawClient.open(first.origin, token);
    raw.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: 'durability' });
    await raw.next('welcome');
    const workshopId = newId();
    const postId = newId();
    const ops = [createWorkshop(workshopId), addPost(workshopId, postId)];
    for (let i = 0; i < 40; i++) ops.push(addIndicator(workshopId, postId, DIMENSIONS[i % 5], `承诺兑现 ${i + 1}`, 12.5));
    for (const op of ops) raw.send({ type: 'op', op: { ...op, opId: newId() } });
    let lastSeq = 0;
    for (let i = 0; i < ops.length; i++) lastSeq = Math.max(lastSeq, (await raw.next('ack')).seq);

    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = await serve(dir.dir);
    running = second.child;
    // The page's credential outlives the restart; the old link's launch code does not.
    expect(second.launchCode).not.toBe(first.launchCode);
    await expect(claimSession(second.origin, first.launchCode)).rejects.toThrow(/401/);
    const again = await RawClient.open(second.origin, token);
    again.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: 'after' });
    await again.next('welcome');
    again.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId } });
    const snapshot = await again.next('doc');
    expect(snapshot.seq).toBe(lastSeq);
    const indicators = Object.values(snapshot.doc.indicators);
    expect(indicators).toHaveLength(40);
    expect(indicators.map((i) => i.name)).toContain('承诺兑现 40');
    again.close();
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));
    running = undefined;

    const db = new Database(join(dir.dir, LIBRARY_FILE), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  }, 60_000);
});
