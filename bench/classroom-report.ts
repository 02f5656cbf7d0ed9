import type { ClassResult, Spread } from './classroom-summary.ts';

const when = () => new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
const spread = (s: Spread) => `${s.p50} / ${s.p95} / ${s.p99} ms`;
const ratio = (host: Spread, base: Spread) => `${(host.p50 / base.p50).toFixed(2)}× / ${(host.p95 / base.p95).toFixed(2)}× / ${(host.p99 / base.p99).toFixed(2)}×`;
const traffic = (t: Record<string, number>) =>
  Object.entries(t)
    .sort(([, a], [, b]) => b - a)
    .map(([type, mbps]) => `${type} ${mbps}`)
    .join(', ');

/** Whether the library check found everything the acks promised. */
const auditLine = (r: ClassResult) => {
  const a = r.audit;
  const ok = a.missingFromLog.length === 0 && a.missingRows.length === 0 && a.tablesMatchLog;
  return ok
    ? `all ${a.acked} acknowledged ops are in the change log under their ack's seq; the tables equal the logged effects replayed; every acked card text, note, vote and latest answer is there`
    : `**FAILED**: ${a.missingFromLog.length} acked ops missing from the change log, tables ${a.tablesMatchLog ? 'match' : 'do NOT match'} the log, missing rows: ${a.missingRows.slice(0, 10).join(', ')}`;
};

export function classroomReport(r: ClassResult): string {
  return `# Classroom load: ${r.participants} participants, ${r.seconds} s

${when()}, \`npm run bench:classroom -- --participants ${r.participants} --seconds ${r.seconds}\` (seed ${r.seed}, ${r.teams} teams, presence ${r.presence ? 'on' : 'off'}).
Host and relay each in a process of their own; all clients in the bench's process; loopback. Machine: ${r.machine.cores} cores,
load average ${r.machine.loadBefore.toFixed(1)} before and ${r.machine.loadAfter.toFixed(1)} after (other work on it skews every number).

| | host | bare relay (baseline) | host ÷ baseline |
|---|---|---|---|
| op-to-all propagation p50 / p95 / p99, all ops (${r.host.n}) | ${spread(r.host)} | ${spread(r.baseline)} | ${ratio(r.host, r.baseline)} |
| card edits (${r.edits.host.n}) | ${spread(r.edits.host)} | ${spread(r.edits.baseline)} | ${ratio(r.edits.host, r.edits.baseline)} |
| notes, votes, answers, trainer's ops (${r.activities.host.n}) | ${spread(r.activities.host)} | ${spread(r.activities.baseline)} | ${ratio(r.activities.host, r.activities.baseline)} |
| server CPU time ÷ window, % of one core (what the class needs) | ${r.hostCpuDemand} | ${r.relayCpuDemand} | ${(r.hostCpuDemand / r.relayCpuDemand).toFixed(2)}× |
| server CPU while carrying it, % of one core | ${r.hostCpuPercent} | ${r.relayCpuPercent} | |
| host's event loop busy / its thread waiting for a CPU, % of the time | ${r.hostLoopBusyPercent} / ${r.hostCpuWaitPercent} | | |
| bench (all clients) CPU time ÷ window, % of one core | ${r.benchCpuDemand.host} | ${r.benchCpuDemand.baseline} | |
| MB/s received by all clients | ${traffic(r.hostTrafficMBps)} | ${traffic(r.baselineTrafficMBps)} | |
| ops whose audience did not all receive it | ${r.undelivered.host} | ${r.undelivered.baseline} | |
| connections the server closed | ${r.closedByServer.host} | ${r.closedByServer.baseline} | |

- ${r.opsSent} ops (${r.opsPerSecond}/s); each change due to ${r.meanAudience} clients on average (its audience by the shared
  visibility rule; the trainer sees all). Refused: ${Object.entries(r.rejected).map(([k, v]) => `${k} ×${v}`).join(', ') || 'none'}.
  Never sent because what they act on never reached the sender: ${r.heldBack}.
- Send → ack p50 / p95 / p99: ${spread(r.ack)}; ops in flight at most ${r.backlog.max}, ${r.backlog.atEnd} at the window's end;
  everything delivered ${r.drainSeconds} s after the last send.
- Host memory: rss peak ${r.hostRssPeakMB} MB, heap peak ${r.hostHeapPeakMB} MB.
- Joining: ${r.participants} connections opened, greeted and given the workshop in ${r.joinSeconds} s; presence lists sent meanwhile: ${r.joinPresenceMB} MB.
- Library check after the host stopped: ${auditLine(r)}.
`;
}

export function stepsReport(results: ClassResult[], bound: number): string {
  const rows = results.map(
    (r) =>
      `| ${r.participants} | ${r.teams} | ${r.opsPerSecond} | ${spread(r.host)} | ${spread(r.baseline)} | ${ratio(r.host, r.baseline)} | ${r.ack.p95} | ${r.backlog.max} / ${r.backlog.atEnd} | ${r.drainSeconds} | ${r.hostCpuDemand} | ${r.hostLoopBusyPercent} / ${r.hostCpuWaitPercent} | ${r.relayCpuDemand} | ${r.benchCpuDemand.host} | ${r.hostRssPeakMB} | ${traffic(r.hostTrafficMBps)} | ${r.undelivered.host} | ${r.closedByServer.host} | ${r.audit.missingFromLog.length + r.audit.missingRows.length} |`,
  );
  const first = results.find((r) => r.host.p95 > bound || r.backlog.atEnd > r.participants || r.undelivered.host > 0 || r.closedByServer.host > 0);
  const verdict = first
    ? `First step past the bound (p95 > ${bound} ms, a growing ack backlog, undelivered changes or connections cut): ${first.participants} participants ` +
      `(the host needs ${first.hostCpuDemand} % of one core for it, the bench's clients ${first.benchCpuDemand.host} %).`
    : `No step crossed the bound (p95 ≤ ${bound} ms, no backlog, everything delivered).`;
  return `# Classroom load, stepped: where the host's limit is

${when()}, ${results[0]?.seconds} s per step, presence ${results[0]?.presence ? 'on' : 'off'}, seed ${results[0]?.seed}. Propagation = send → the last client that
should see the change has it; baseline = a bare \`ws\` relay replaying the same sends to the same clients. "CPU need" =
CPU time spent carrying the step's work ÷ its window (over 100: one event loop cannot keep up); "loop busy" far above
CPU need + CPU wait = the loop blocked in synchronous calls (SQLite's fsync). Machine: ${results[0]?.machine.cores} cores,
load average ${results.map((r) => r.machine.loadBefore.toFixed(1)).join(', ')} at the steps' starts (other work on it skews every number).

| people | teams | ops/s | host p50 / p95 / p99 | relay p50 / p95 / p99 | ratio | ack p95 ms | in flight max / end | drain s | host CPU need % | host loop busy / CPU wait % | relay CPU need % | bench CPU need % | host rss MB | host traffic MB/s | undelivered | cut | missing in library |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

${verdict}
`;
}
