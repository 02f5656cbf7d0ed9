import { join } from 'node:path';
import { expect } from 'vitest';
import { newId } from '../shared/domain/ids.ts';
import type { ClassroomState } from '../shared/protocol/classroom.ts';
import { HTTP } from '../shared/protocol/http.ts';
import type { OpInput } from '../shared/protocol/ops.ts';
import type { Session } from '../shared/protocol/session.ts';
import { asTrainer } from '../electron/host/classroom/classroom-fixture.ts';
import { startHost, type RunningHost } from '../electron/host/host.ts';
import { tempDir } from '../electron/host/testing/temp-dir.ts';
import { ROOT } from './harness.ts';

/** The classroom network of these tests: a loopback alias plays the laptop's Wi-Fi address. */
const CLASSROOM_ADDRESS = '127.0.0.2';

/**
 * A classroom for the participant app's browser tests: the real host (in this process, serving the built pages), a
 * workshop with teams, its classroom opened on 127.0.0.2 by the trainer's own HTTP call, and the trainer's ops sent
 * through the host's engine, as the trainer's window would send them.
 */
export interface Classroom {
  host: RunningHost;
  workshopId: string;
  teams: { id: string; name: string }[];
  /** The link the projector's QR code carries, without the code: `http://127.0.0.2:PORT/`. */
  joinUrl: string;
  /** The code on the projector now (a reopened classroom has a new one). */
  code: string;
  /** A trainer op, committed (the test fails if the host refuses it). */
  trainer(op: OpInput): Promise<void>;
  /** The trainer opens the classroom (again) on the classroom address. */
  open(): Promise<void>;
  /** The trainer closes the classroom: every participant is told so. */
  closeClassroom(): Promise<void>;
  stop(): Promise<void>;
}

const TRAINER: Session = { sessionId: 'trainer-e2e', role: 'trainer', workshopId: null, teamId: null, name: '讲师' };

export async function startClassroom(): Promise<Classroom> {
  const data = tempDir('satisfy-participant-');
  const host = await startHost({
    dataDir: data.dir,
    port: 0,
    staticDir: join(ROOT, 'dist', 'renderer'),
    appVersion: 'e2e',
    classroomAddresses: () => [{ address: CLASSROOM_ADDRESS, interfaceName: 'wlan0' }],
  });
  const trainer = async (op: OpInput) => {
    const result = await host.engine.submit({ session: TRAINER, clientId: 'trainer-e2e', raw: { ...op, opId: newId() } });
    expect(result.kind, JSON.stringify(result)).toBe('applied');
  };
  const workshopId = newId();
  await trainer({
    type: 'workshop.create',
    payload: { workshopId, fields: { name: '栖梧酒店服务工作坊', company: '栖梧酒店集团', trainer: '林晓岚', startDate: '2026-12-01', endDate: '2026-12-02', language: 'zh-CN', industry: 'hotel' } },
  });
  const teams = [
    { id: newId(), name: '第一组' },
    { id: newId(), name: '第二组' },
  ];
  for (const team of teams) await trainer({ type: 'team.add', payload: { workshopId, teamId: team.id, fields: { name: team.name } } });

  const room: Classroom = {
    host,
    workshopId,
    teams,
    joinUrl: '',
    code: '',
    trainer,
    async open() {
      const { status, body } = await asTrainer<ClassroomState>(host, HTTP.classroomOpen, { workshopId, address: CLASSROOM_ADDRESS });
      expect(status, JSON.stringify(body)).toBe(200);
      if (!body.open) throw new Error('the classroom did not open');
      room.joinUrl = body.joinUrl;
      room.code = body.joinCode;
    },
    async closeClassroom() {
      const { status, body } = await asTrainer<ClassroomState>(host, HTTP.classroomClose, {});
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body.open).toBe(false);
    },
    async stop() {
      await host.close();
      data.remove();
    },
  };
  await room.open();
  return room;
}
