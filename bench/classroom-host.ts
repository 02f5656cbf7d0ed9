import { join } from 'node:path';
import { HTTP } from '../shared/protocol/http.ts';
import { startHost } from '../electron/host/host.ts';
import { sessionByToken, type SessionGrant } from '../electron/host/server/sessions.ts';
import { answerParent } from './classroom-process.ts';

/**
 * The classroom bench's host: the real host (store, engine, hub, WebSocket endpoint) on loopback in a process of its
 * own, so its CPU and memory are its own. It hands out member sessions as joining will. Argument: the data folder.
 */
export interface HostReady {
  origin: string;
  trainerToken: string;
}

const dataDir = process.argv[2]!;
// A loopback alias plays the classroom Wi-Fi: participants' credentials work while their workshop's classroom is open.
const host = await startHost({
  dataDir,
  port: 0,
  staticDir: join(dataDir, 'no-ui'),
  appVersion: 'bench',
  classroomAddresses: () => [{ address: '127.0.0.2', interfaceName: 'bench' }],
});
let openFor: string | null = null;

/** Opens the classroom as the trainer's screen does (once per workshop), before anyone of it connects. */
async function openClassroom(workshopId: string): Promise<void> {
  if (openFor === workshopId) return;
  const res = await fetch(`${host.origin}${HTTP.classroomOpen}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ workshopId, address: '127.0.0.2' }),
  });
  if (!res.ok) throw new Error(`the classroom did not open: ${res.status} ${await res.text()}`);
  openFor = workshopId;
}

answerParent({ origin: host.origin, trainerToken: host.token } satisfies HostReady, {
  member: async (grant: SessionGrant) => {
    if (grant.workshopId) await openClassroom(grant.workshopId);
    const token = host.issueSession(grant);
    return { token, session: sessionByToken(host.db, token) };
  },
  stop: async () => {
    await host.close();
    process.exit(0);
  },
});
