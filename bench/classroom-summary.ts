import type { AuditResult } from './classroom-audit.ts';
import type { BaselinePhase } from './classroom-baseline.ts';
import type { HostPhase } from './classroom-on-host.ts';
import { propagation, type OpRecord, type PhaseResult } from './classroom-phase.ts';
import type { Usage } from './classroom-process.ts';
import { percentile } from './stats.ts';

export interface Spread {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface ClassResult {
  participants: number;
  teams: number;
  seconds: number;
  presence: boolean;
  seed: number;
  joinSeconds: number;
  joinPresenceMB: number;
  opsSent: number;
  opsPerSecond: number;
  rejected: Record<string, number>;
  /** Op-to-all propagation: send → the last client that should see it has its change (ms). */
  host: Spread;
  baseline: Spread;
  ratio: { p50: number; p95: number; p99: number };
  /** The same for card edits alone, and for the live activities (notes, votes, answers, the trainer's ops). */
  edits: { host: Spread; baseline: Spread };
  activities: { host: Spread; baseline: Spread };
  /** Ops whose change some client of its audience never received (the host's run, the baseline's). */
  undelivered: { host: number; baseline: number };
  ack: Spread;
  backlog: { max: number; atEnd: number };
  meanAudience: number;
  hostCpuPercent: number;
  hostRssPeakMB: number;
  hostHeapPeakMB: number;
  relayCpuPercent: number;
  benchCpuPercent: { host: number; baseline: number };
  /** MB/s received by all clients, by message type. */
  hostTrafficMBps: Record<string, number>;
  baselineTrafficMBps: Record<string, number>;
  closedByServer: { host: number; baseline: number };
  audit: AuditResult;
}

const MB = 1024 * 1024;
const round = (x: number, digits = 1) => Number(x.toFixed(digits));

const spread = (times: number[]): Spread => ({
  n: times.length,
  p50: round(percentile(times, 50) ?? NaN, 2),
  p95: round(percentile(times, 95) ?? NaN, 2),
  p99: round(percentile(times, 99) ?? NaN, 2),
});

/** % of one core over the samples. */
const cpuPercent = (u: Usage[]) => (u.length < 2 ? NaN : round(((u.at(-1)!.cpuMs - u[0]!.cpuMs) / (u.at(-1)!.at - u[0]!.at)) * 100));
const peak = (u: Usage[], key: 'rss' | 'heapUsed') => round(Math.max(...u.map((x) => x[key])) / MB);
const rates = (phase: PhaseResult) =>
  Object.fromEntries([...phase.traffic.bytes].map(([type, bytes]) => [type, round(bytes / MB / (phase.windowMs / 1000), 2)]));

export function summarize(
  setting: Pick<ClassResult, 'participants' | 'teams' | 'seconds' | 'presence' | 'seed'>,
  onHost: HostPhase,
  baseline: BaselinePhase,
  audit: AuditResult,
): ClassResult {
  const hostRun = (k: number) => ({ sentAt: onHost.ops[k]!.sentAt, received: onHost.ops[k]!.received });
  const baseRun = (k: number) => ({ sentAt: baseline.sentAt[k]!, received: baseline.received[k]! });
  const only = (edits: boolean) => (op: OpRecord) => (op.type === 'card.update') === edits;
  const part = (keep: (op: OpRecord) => boolean, run: typeof hostRun) => spread(propagation(onHost.ops, run, keep).times);
  const hostAll = propagation(onHost.ops, hostRun);
  const baseAll = propagation(onHost.ops, baseRun);
  const host = spread(hostAll.times);
  const base = spread(baseAll.times);
  const rejected: Record<string, number> = {};
  for (const op of onHost.ops) if (op.rejected) rejected[`${op.type}: ${op.rejected}`] = (rejected[`${op.type}: ${op.rejected}`] ?? 0) + 1;
  const audiences = onHost.ops.filter((op) => op.audience).map((op) => op.audience!.length);
  return {
    ...setting,
    joinSeconds: round(onHost.joinMs / 1000, 2),
    joinPresenceMB: round(onHost.joinPresenceBytes / MB),
    opsSent: onHost.ops.length,
    opsPerSecond: round(onHost.ops.length / (onHost.windowMs / 1000)),
    rejected,
    host,
    baseline: base,
    ratio: { p50: round(host.p50 / base.p50, 2), p95: round(host.p95 / base.p95, 2), p99: round(host.p99 / base.p99, 2) },
    edits: { host: part(only(true), hostRun), baseline: part(only(true), baseRun) },
    activities: { host: part(only(false), hostRun), baseline: part(only(false), baseRun) },
    undelivered: { host: hostAll.incomplete, baseline: baseAll.incomplete },
    ack: spread(onHost.ops.filter((op) => !Number.isNaN(op.ackAt)).map((op) => op.ackAt - op.sentAt)),
    backlog: { max: Math.max(...onHost.backlog), atEnd: onHost.backlog.at(-1) ?? 0 },
    meanAudience: round(audiences.reduce((a, b) => a + b, 0) / Math.max(1, audiences.length)),
    hostCpuPercent: cpuPercent(onHost.server),
    hostRssPeakMB: peak(onHost.server, 'rss'),
    hostHeapPeakMB: peak(onHost.server, 'heapUsed'),
    relayCpuPercent: cpuPercent(baseline.server),
    benchCpuPercent: { host: cpuPercent(onHost.bench), baseline: cpuPercent(baseline.bench) },
    hostTrafficMBps: rates(onHost),
    baselineTrafficMBps: rates(baseline),
    closedByServer: { host: onHost.closed, baseline: baseline.closed },
    audit,
  };
}
