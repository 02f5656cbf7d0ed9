import { join } from 'node:path';
import { expect } from 'vitest';
import { newId } from '../shared/domain/ids.ts';
import type { JoinAnswer } from '../shared/protocol/classroom.ts';
import type { OpInput } from '../shared/protocol/ops.ts';
import type { Session } from '../shared/protocol/session.ts';
import { startHost, type RunningHost } from '../electron/host/host.ts';
import { issueSession } from '../electron/host/server/sessions.ts';
import { tempDir } from '../electron/host/testing/temp-dir.ts';
import { ROOT } from './harness.ts';

/**
 * A classroom for the participant app's browser tests: the real host (in this process, serving the built pages), a
 * workshop with teams, and the trainer acting through the host's engine, as the trainer's window would.
 */
export interface Classroom {
  host: RunningHost;
  workshopId: string;
  teams: { id: string; name: string }[];
  /** A trainer op, committed (the test fails if the host refuses it). */
  trainer(op: OpInput): Promise<void>;
  /** What joining hands out: a member session and its participant row, as the classroom listener makes them. */
  join(name: string, language?: 'zh-CN' | 'en'): Promise<JoinAnswer>;
  close(): Promise<void>;
}

const TRAINER: Session = { sessionId: 'trainer-e2e', role: 'trainer', workshopId: null, teamId: null, name: '讲师' };

export async function openClassroom(): Promise<Classroom> {
  const data = tempDir('satisfy-participant-');
  const host = await startHost({ dataDir: data.dir, port: 0, staticDir: join(ROOT, 'dist', 'renderer'), appVersion: 'e2e' });
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
  return {
    host,
    workshopId,
    teams,
    trainer,
    async join(name, language = 'zh-CN') {
      const { token, session } = issueSession(host.db, { role: 'member', workshopId, name });
      await trainer({ type: 'participant.join', payload: { workshopId, participantId: session.sessionId, name, teamId: null, language } });
      return { token, workshopId, participantId: session.sessionId };
    },
    async close() {
      await host.close();
      data.remove();
    },
  };
}
