import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Seeded } from '../electron/host/testing/seeded.ts';
import { tempDir } from '../electron/host/testing/temp-dir.ts';
import { LIMITS } from '../shared/domain/limits.ts';
import { auditLibrary } from './classroom-audit.ts';
import { runBaseline } from './classroom-baseline.ts';
import type { HostReady } from './classroom-host.ts';
import { runOnHost } from './classroom-on-host.ts';
import { ServerProcess } from './classroom-process.ts';
import { classroomReport, stepsReport } from './classroom-report.ts';
import { prepareRoom } from './classroom-room.ts';
import { classSchedule } from './classroom-schedule.ts';
import { summarize, type ClassResult } from './classroom-summary.ts';
import { WsPeer } from './ws-peer.ts';

/**
 * The live classroom under load: N participants (member sessions joined by the trainer) in teams, each team editing
 * its own journey map, while the trainer runs a brainstorm, a dot vote and an NPS poll. Reports op-to-all propagation
 * against a bare WebSocket relay replaying the same sends in the same run, the host's CPU and memory (it runs in a
 * process of its own), and checks the library afterwards: no acknowledged op is missing.
 *
 *   npm run bench:classroom                                  60 people, 6 teams, 120 s
 *   npm run bench:classroom -- --participants 300 --seconds 40
 *   npm run bench:classroom -- --step 60,120,180,240,300 --seconds 30   where the host's limit is
 *
 * Options: --teams (default one per 10 people, at most 20), --seed, --presence off (no field-focus presence),
 * --bound ms (the p95 that counts as "no longer live" in --step, default 250). Results: bench/results/classroom-*.
 */
const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '60' },
    teams: { type: 'string' },
    seconds: { type: 'string', default: '120' },
    seed: { type: 'string', default: '10' },
    presence: { type: 'string', default: 'on' },
    step: { type: 'string' },
    bound: { type: 'string', default: '250' },
  },
});

const HOST = new URL('./classroom-host.ts', import.meta.url).pathname;
const RESULTS = new URL('./results/', import.meta.url).pathname;

async function runClass(participants: number, seconds: number): Promise<ClassResult> {
  const teams = Number(values.teams ?? Math.min(LIMITS.teamsPerWorkshop, Math.ceil(participants / 10)));
  const seed = Number(values.seed);
  const presence = values.presence !== 'off';
  const loadBefore = loadavg()[0]!;
  const dir = tempDir('satisfy-bench-classroom-');
  const host = await ServerProcess.start<HostReady>(HOST, [dir.dir]);
  try {
    const trainer = await WsPeer.open(host.ready.origin, host.ready.trainerToken);
    const rng = new Seeded(seed);
    const room = await prepareRoom(trainer, (grant) => host.request('member', grant), rng, participants, teams);
    const steps = classSchedule(rng, room, seconds).filter((s) => presence || s.message.type === 'op');
    console.log(`${participants} participants in ${teams} teams, ${steps.length} planned sends over ${seconds} s: on the host…`);
    const onHost = await runOnHost(host, trainer, room, steps);
    trainer.close();
    await host.stop();
    const audit = auditLibrary(dir.dir, room.workshopId, onHost.ops);
    console.log('…and through the bare relay');
    const baseline = await runBaseline(participants + 1, onHost.ops, onHost.sends);
    const machine = { cores: cpus().length, loadBefore, loadAfter: loadavg()[0]! };
    return summarize({ participants, teams, seconds, presence, seed, machine }, onHost, baseline, audit);
  } finally {
    await host.stop();
    dir.remove();
  }
}

const seconds = Number(values.seconds);
const suffix = values.presence === 'off' ? '-presence-off' : '';
if (values.step) {
  const results: ClassResult[] = [];
  for (const n of values.step.split(',').map(Number)) results.push(await runClass(n, seconds));
  const report = stepsReport(results, Number(values.bound));
  console.log(report);
  writeFileSync(`${RESULTS}classroom-steps${suffix}.md`, report);
  writeFileSync(`${RESULTS}classroom-steps${suffix}.json`, JSON.stringify(results, null, 2) + '\n');
} else {
  const result = await runClass(Number(values.participants), seconds);
  const report = classroomReport(result);
  console.log(report);
  writeFileSync(`${RESULTS}classroom-${result.participants}${suffix}.md`, report);
  writeFileSync(`${RESULTS}classroom-${result.participants}${suffix}.json`, JSON.stringify(result, null, 2) + '\n');
}
