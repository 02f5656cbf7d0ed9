import { WebSocket, WebSocketServer } from 'ws';
import { newId } from '../shared/domain/ids.ts';
import { startTestHost, tempDir } from '../electron/host/testing/fixtures.ts';
import { addPost, createWorkshop } from '../electron/host/testing/sample-ops.ts';
import { ms, percentile, ratio } from './stats.ts';
import { isAck, WsPeer } from './ws-peer.ts';
import { largestState } from './large-state.ts';
import { exportSourceOf } from '../electron/host/testing/doc-of-state.ts';
import { runExport, stopExportWorker } from '../electron/host/export/run-export.ts';

/**
 * Op round trip (send → ack: validate, authorize, SQLite transaction with synchronous=FULL, broadcast) against a
 * raw WebSocket echo on the same loopback in the same run; then again while the largest 成果1 export runs, in the
 * export worker as the host runs it. The host runs in this process. Run: npm run bench
 */
const ROUNDS = Number(process.env.ROUNDS ?? 2000);

async function timeRoundTrips(
  socket: WebSocket,
  makeMessage: (i: number) => string,
  isReply: (data: string) => boolean,
  rounds = ROUNDS,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await new Promise<void>((resolve) => {
      const onMessage = (data: Buffer) => {
        if (!isReply(String(data))) return;
        socket.off('message', onMessage);
        resolve();
      };
      socket.on('message', onMessage);
      socket.send(makeMessage(i));
    });
    times.push(performance.now() - start);
  }
  return times;
}

const open = (url: string, protocols: string[] = []) =>
  new Promise<WebSocket>((resolve, reject) => {
    const socket = new WebSocket(url, protocols);
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });

const echo = new WebSocketServer({ host: '127.0.0.1', port: 0 });
echo.on('connection', (s) => s.on('message', (data) => s.send(String(data))));
await new Promise((r) => echo.once('listening', r));
const echoSocket = await open(`ws://127.0.0.1:${(echo.address() as { port: number }).port}`);

const dir = tempDir('satisfy-bench-');
const host = await startTestHost(dir.dir);
// The trainer's session; the sender also watches the workshop, as an editing page does, so each op's change comes
// back to it besides the ack.
const peer = await WsPeer.open(host.origin, host.token);
const hostSocket = peer.socket;
const workshopId = newId();
const postId = newId();
await peer.commit(createWorkshop(workshopId));
await peer.commit(addPost(workshopId, postId));
await peer.watch(workshopId);

const opMessage = (i: number) =>
  JSON.stringify({
    type: 'op',
    op: { opId: newId(), type: 'dimension.setWeight', payload: { workshopId, postId, dimension: 'empathy', weight: i % 100 } },
  });
// Same payload size for the echo, so the difference is the host's work.
const echoTimes = await timeRoundTrips(echoSocket, opMessage, () => true);
const opTimes = await timeRoundTrips(hostSocket, opMessage, isAck);

const e50 = percentile(echoTimes, 50);
const e95 = percentile(echoTimes, 95);
const o50 = percentile(opTimes, 50);
const o95 = percentile(opTimes, 95);
console.log(`rounds: ${ROUNDS}`);
console.log(`raw WebSocket echo   p50 ${ms(e50)}  p95 ${ms(e95)}`);
console.log(`op → ack (committed) p50 ${ms(o50)}  p95 ${ms(o95)}`);
console.log(`ratio to echo        p50 ${ratio(o50, e50)}  p95 ${ratio(o95, e95)}`);

// Round trips for as long as one export of the largest standard takes, in the export worker as the host runs it.
const big = largestState();
await runExport('standard', exportSourceOf(big)); // warms the worker: fonts and modules
let exporting = true;
const exported = runExport('standard', exportSourceOf(big)).finally(() => (exporting = false));
const during: number[] = [];
while (exporting) during.push(...(await timeRoundTrips(hostSocket, opMessage, isAck, 200)));
await exported;
const [d50, d95] = [percentile(during, 50), percentile(during, 95)];
console.log(`op → ack during a 30×5×20 export p50 ${ms(d50)}  p95 ${ms(d95)}  (${ratio(d95, o95)} idle p95, ${during.length} rounds)`);
await stopExportWorker();

echoSocket.close();
peer.close();
echo.close();
await host.close();
dir.remove();
