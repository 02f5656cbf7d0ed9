import { join } from 'node:path';
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
const host = await startHost({ dataDir, port: 0, staticDir: join(dataDir, 'no-ui'), appVersion: 'bench' });

answerParent({ origin: host.origin, trainerToken: host.token } satisfies HostReady, {
  member: (grant: SessionGrant) => {
    const token = host.issueSession(grant);
    return { token, session: sessionByToken(host.db, token) };
  },
  stop: async () => {
    await host.close();
    process.exit(0);
  },
});
