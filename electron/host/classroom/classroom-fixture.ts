import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join as joinPath } from 'node:path';
import { newId } from '../../../shared/domain/ids.ts';
import type { ClassroomState, JoinAnswer } from '../../../shared/protocol/classroom.ts';
import { HTTP } from '../../../shared/protocol/http.ts';
import type { OpInput } from '../../../shared/protocol/ops.ts';
import type { Reason } from '../../../shared/protocol/reasons.ts';
import { startHost, type RunningHost } from '../host.ts';
import type { SocketLimits } from '../server/socket-limits.ts';
import { createWorkshop } from '../testing/sample-ops.ts';
import type { HostAddress } from './addresses.ts';

/** Two more loopback addresses stand in for the laptop's Wi-Fi and Ethernet. */
export const LAN: HostAddress[] = [
  { address: '127.0.0.2', interfaceName: 'wlan0' },
  { address: '127.0.0.3', interfaceName: 'eth0' },
];

/** A built UI in miniature: the trainer's app, the participant page and one asset. */
export function fakeBuild(dir: string): string {
  const root = joinPath(dir, 'ui');
  mkdirSync(joinPath(root, 'assets'), { recursive: true });
  writeFileSync(joinPath(root, 'index.html'), '<!doctype html><title>trainer app</title>');
  writeFileSync(joinPath(root, 'participant.html'), '<!doctype html><title>participant app</title>');
  writeFileSync(joinPath(root, 'assets', 'participant-abc.js'), 'console.log("participant")');
  return root;
}

export const startClassroomHost = (dataDir: string, limits?: Partial<SocketLimits>, port = 0): Promise<RunningHost> =>
  startHost({ dataDir, port, staticDir: fakeBuild(dataDir), appVersion: 'test', limits, classroomAddresses: () => LAN });

/** An HTTP answer: a refusal carries a reason; anything else is read by the test that expects it. */
export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T & { reason?: Reason };
  headers: Record<string, string | string[] | undefined>;
}

/**
 * One HTTP request on a fresh connection (a pooled one would outlive a restarted host), from `from` (another loopback
 * address stands for another phone on the Wi-Fi), with exactly the headers given (fetch will not let a test forge Host).
 */
export function call<T = Record<string, unknown>>(
  origin: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: unknown; from?: string } = {},
): Promise<Answer<T>> {
  const url = new URL(origin);
  const headers = { 'content-type': 'application/json', ...options.headers };
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method: options.method ?? 'GET', localAddress: options.from, headers, setHost: !('host' in headers), agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // Not JSON (a page, a file): the test reads the text.
          }
          resolve({ status: res.statusCode ?? 0, body: body as Answer<T>['body'], headers: res.headers });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body === undefined ? undefined : JSON.stringify(options.body));
  });
}

/** The trainer's call on the loopback server: GET without a body, POST with one. */
export const asTrainer = <T = Record<string, unknown>>(host: RunningHost, path: string, body?: unknown): Promise<Answer<T>> =>
  call<T>(host.origin, path, { method: body === undefined ? 'GET' : 'POST', headers: { authorization: `Bearer ${host.token}` }, body });

export const sessionStatus = async (origin: string, token: string): Promise<number> =>
  (await call(origin, HTTP.session, { headers: { authorization: `Bearer ${token}` } })).status;

export function newWorkshop(host: RunningHost): string {
  const workshopId = newId();
  const result = host.engine.applyNow({ session: trainerSession, clientId: 'test', raw: { ...createWorkshop(workshopId), opId: newId() } });
  if (result.kind !== 'applied') throw new Error(`workshop not created: ${result.kind}`);
  return workshopId;
}

export function applyAsTrainer(host: RunningHost, op: OpInput): void {
  const result = host.engine.applyNow({ session: trainerSession, clientId: 'test', raw: { ...op, opId: newId() } });
  if (result.kind !== 'applied') throw new Error(`${op.type} not applied: ${JSON.stringify(result)}`);
}

const trainerSession = { sessionId: 'test-trainer', role: 'trainer' as const, workshopId: null, teamId: null, name: '' };

export async function openClassroom(host: RunningHost, workshopId: string, address = LAN[0].address): Promise<Extract<ClassroomState, { open: true }>> {
  const { status, body } = await asTrainer<Extract<ClassroomState, { open: true }>>(host, HTTP.classroomOpen, { workshopId, address });
  if (status !== 200) throw new Error(`classroom not opened: ${status} ${JSON.stringify(body)}`);
  return body;
}

export const lanOrigin = (state: Extract<ClassroomState, { open: true }>): string => `http://${state.address}:${state.port}`;

export const join = (origin: string, body: unknown, from?: string): Promise<Answer<JoinAnswer>> =>
  call<JoinAnswer>(origin, HTTP.join, { method: 'POST', body, from });

export async function joined(origin: string, code: string, name = '小王'): Promise<JoinAnswer> {
  const { status, body } = await join(origin, { code, name, language: 'zh-CN' });
  if (status !== 200) throw new Error(`join refused: ${status} ${JSON.stringify(body)}`);
  return body;
}
