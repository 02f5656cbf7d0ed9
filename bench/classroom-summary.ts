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
  /** The machine: cores, and its load average (1 min) before and after the run — other work skews every number. */
  machine: { cores: number; loadBefore: number; loadAfter: number };
  joinSeconds: number;
  joinPresenceMB: number;
  opsSent: number;
  opsPerSecond: number;
  rejected: Record<string, number>;
  heldBack: number;
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
  /** % of one core while carrying the class (from the first send until everything was delivered). */
  hostCpuPercent: number;
  /**
   * CPU time the host spent carrying the window's work, ÷ the window: the share of one core this class needs. Unlike
   * latency, it barely depends on what else the machine runs; over 100 the host's one event loop cannot keep up.
   */
  hostCpuDemand: number;
  /**
   * While carrying the class, % of wall time: the host's event loop in callbacks (busy), and its main thread waiting
   * for a CPU while runnable. Busy far above CPU + waiting is time blocked in synchronous calls (SQLite's fsync).
   */
  hostLoopBusyPercent: number;
  hostCpuWaitPercent: number;
  /** Seconds after the last send until every change had reached its audience. */
  drainSeconds: number;
  hostRssPeakMB: number;
  hostHeapPeakMB: number;
  relayCpuPercent: number;
  relayCpuDemand: number;
  benchCpuPercent: { host: number; baseline: number };
  benchCpuDemand: { host: number; baseline: number };
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
/** A counter's growth over the samples, as % of their wall time. */
const share = (u: Usage[], key: 'loopBusyMs' | 'cpuWaitMs') => (u.length < 2 ? NaN : round(((u.at(-1)![key] - u[0]![key]) / (u.at(-1)!.at - u[0]!.at)) * 100));
/** CPU time used over all samples ÷ the window, as % of one core. */
const demand = (u: Usage[], windowMs: number) => (u.length < 2 ? NaN : round(((u.at(-1)!.cpuMs - u[0]!.cpuMs) / windowMs) * 100));
const peak = (u: Usage[], key: 'rss' | 'heapUsed') => round(Math.max(...u.map((x) => x[key])) / MB);
/** Per second of the window: what the clients had to receive, whenever it arrived. */
const rates = (phase: PhaseResult) =>
  Object.fromEntries([...phase.traffic.bytes].map(([type, bytes]) => [type, round(bytes / MB / (phase.windowMs / 1000), 2)]));

export function summarize(
  setting: Pick<ClassResult, 'participants' | 'teams' | 'seconds' | 'presence' | 'seed' | 'machine'>,
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
    heldBack: onHost.heldBack,
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
    hostCpuDemand: demand(onHost.server, onHost.windowMs),
    hostLoopBusyPercent: share(onHost.server, 'loopBusyMs'),
    hostCpuWaitPercent: share(onHost.server, 'cpuWaitMs'),
    drainSeconds: round((onHost.server.at(-1)!.at - onHost.server[0]!.at - onHost.windowMs) / 1000),
    hostRssPeakMB: peak(onHost.server, 'rss'),
    hostHeapPeakMB: peak(onHost.server, 'heapUsed'),
    relayCpuPercent: cpuPercent(baseline.server),
    relayCpuDemand: demand(baseline.server, baseline.windowMs),
    benchCpuPercent: { host: cpuPercent(onHost.bench), baseline: cpuPercent(baseline.bench) },
    benchCpuDemand: { host: demand(onHost.bench, onHost.windowMs), baseline: demand(baseline.bench, baseline.windowMs) },
    hostTrafficMBps: rates(onHost),
    baselineTrafficMBps: rates(baseline),
    closedByServer: { host: onHost.closed, baseline: baseline.closed },
    audit,
  };
}
