import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sortByOrder, keyBetween } from '../../../../shared/core/order.ts';
import { newId } from '../../../../shared/domain/ids.ts';
import { timerRemainingMs } from '../../../../shared/rules/timer.ts';
import type { Session } from '../../../../shared/protocol/session.ts';
import { agendaSeedOps } from '../../../../templates/agenda-seed.ts';
import { CURRICULUM } from '../../../../templates/curriculum.ts';
import type { RunningHost } from '../../host.ts';
import { loadDoc } from '../../store/doc-store.ts';
import { createWorkshop } from '../../testing/sample-ops.ts';
import { startTestHost, tempDir } from '../../testing/fixtures.ts';

const trainer: Session = { sessionId: 'trainer', role: 'trainer', workshopId: null, teamId: null, name: '' };
const at = (minutes: number, seconds = 0) => new Date(Date.UTC(2026, 2, 2, 9, minutes, seconds)).toISOString();

describe('a workshop’s agenda and exercise timer, as host state', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  let workshopId: string;
  const send = (type: string, payload: object, when = at(0), session = trainer) =>
    host.engine.applyNow({ session, clientId: 'test', raw: { opId: newId(), type, payload: { workshopId, ...payload } } }, when);
  const doc = () => host.engine.docs.get(workshopId)!;
  const steps = () => sortByOrder(Object.values(doc().agendaSteps));
  const clock = () => doc().agendaClocks[workshopId]!;

  beforeEach(async () => {
    dir = tempDir();
    host = await startTestHost(dir.dir);
    workshopId = newId();
    host.engine.applyNow({ session: trainer, clientId: 'test', raw: { ...createWorkshop(workshopId), opId: newId() } });
    expect(send('batch', { ops: agendaSeedOps(workshopId) }).kind).toBe('applied');
  });
  afterEach(async () => {
    await host.close();
    dir.remove();
  });

  it('is seeded from the curriculum in course order, once', () => {
    expect(steps().map((s) => s.sectionId)).toEqual(CURRICULUM.sections.map((s) => s.id));
    const again = send('batch', { ops: agendaSeedOps(workshopId) });
    expect(again).toMatchObject({ kind: 'rejected', reason: { code: 'duplicateId' } });
    expect(steps()).toHaveLength(CURRICULUM.sections.length);
  });

  it('keeps reordering, shortening, skipping and custom steps across a restart', async () => {
    const [a, b, c] = steps();
    send('agenda.step.move', { stepId: c!.id, order: keyBetween(a!.order, b!.order) });
    send('agenda.step.update', { stepId: a!.id, patch: { minutes: 10 } });
    send('agenda.step.update', { stepId: b!.id, patch: { skipped: true } });
    const custom = newId();
    send('agenda.step.add', { stepId: custom, fields: { day: 1, sectionId: null, title: '合影', minutes: 5 }, order: keyBetween(null, a!.order) });
    await host.close();
    host = await startTestHost(dir.dir);
    const after = sortByOrder(Object.values(loadDoc(host.db, workshopId)!.agendaSteps));
    expect(after.slice(0, 4).map((s) => [s.id, s.minutes, s.skipped])).toEqual([
      [custom, 5, false],
      [a!.id, 10, false],
      [c!.id, c!.minutes, false],
      [b!.id, b!.minutes, true],
    ]);
    expect(after[0]!.title).toBe('合影');
  });

  it('records the time actually spent on a step when the room moves on, from the host’s clock', () => {
    const [a, b] = steps();
    send('agenda.go', { stepId: a!.id }, at(0));
    send('agenda.go', { stepId: b!.id }, at(17, 30));
    send('agenda.go', { stepId: a!.id }, at(20));
    send('agenda.go', { stepId: b!.id }, at(21));
    expect(doc().agendaSteps[a!.id]!.spentSeconds).toBe(17 * 60 + 30 + 60);
    expect(doc().agendaSteps[b!.id]!.spentSeconds).toBe(150);
    expect(clock()).toMatchObject({ currentStepId: b!.id, stepSince: at(21) });
  });

  it('runs, pauses and extends the timer so that any later reader computes the same time left', async () => {
    send('timer.set', { ms: 10 * 60_000 }, at(0));
    send('timer.start', {}, at(1));
    send('timer.pause', {}, at(4));
    expect(timerRemainingMs(clock(), Date.parse(at(30)))).toBe(7 * 60_000);
    send('timer.add', { ms: 60_000 }, at(5));
    send('timer.start', {}, at(6));
    send('timer.add', { ms: 5 * 60_000 }, at(7));
    // Running since 6:00: at 7:30 it has run 4.5 of 16 minutes.
    expect(timerRemainingMs(clock(), Date.parse(at(7, 30)))).toBe(11.5 * 60_000);
    await host.close();
    host = await startTestHost(dir.dir);
    const stored = loadDoc(host.db, workshopId)!.agendaClocks[workshopId]!;
    expect(timerRemainingMs(stored, Date.parse(at(7, 30)))).toBe(11.5 * 60_000);
    expect(stored.timerSince).toBe(at(7));
  });

  it('lets a timer that ran out run on after +1 minute', () => {
    send('timer.set', { ms: 60_000 }, at(0));
    send('timer.start', {}, at(0));
    expect(timerRemainingMs(clock(), Date.parse(at(3)))).toBe(0);
    send('timer.add', { ms: 60_000 }, at(3));
    expect(timerRemainingMs(clock(), Date.parse(at(3, 30)))).toBe(30_000);
  });

  it('forgets the current step when it is removed', () => {
    const [a] = steps();
    send('agenda.go', { stepId: a!.id }, at(0));
    send('agenda.step.remove', { stepId: a!.id }, at(5));
    expect(clock().currentStepId).toBeNull();
    expect(doc().agendaSteps[a!.id]).toBeUndefined();
  });

  it('goes with a duplicated workshop: same steps and clock under fresh ids', () => {
    const [a] = steps();
    send('agenda.go', { stepId: a!.id }, at(0));
    const copyId = newId();
    expect(send('workshop.duplicate', { newWorkshopId: copyId, name: '副本' }).kind).toBe('applied');
    const copy = host.engine.docs.get(copyId)!;
    const copied = sortByOrder(Object.values(copy.agendaSteps));
    expect(copied.map((s) => s.sectionId)).toEqual(steps().map((s) => s.sectionId));
    expect(copied.some((s) => s.id in doc().agendaSteps)).toBe(false);
    expect(copy.agendaClocks[copyId]!.currentStepId).toBe(copied[0]!.id);
  });

  it('is the trainer’s alone: a member of the workshop cannot move the room or touch the timer', () => {
    const member: Session = { sessionId: 'm', role: 'member', workshopId, teamId: null, name: '学员' };
    const [a] = steps();
    expect(send('agenda.go', { stepId: a!.id }, at(0), member)).toMatchObject({ kind: 'rejected', reason: { code: 'forbidden' } });
    expect(send('timer.start', {}, at(0), member)).toMatchObject({ kind: 'rejected', reason: { code: 'forbidden' } });
    expect(doc().agendaClocks[workshopId]).toBeUndefined();
  });
});
