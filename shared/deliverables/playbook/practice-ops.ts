import { Id } from '../../domain/ids.ts';
import { patchFields } from '../../core/fields.ts';
import { defineOp } from '../../core/op-def.ts';
import { keyAfterLast } from '../../core/order.ts';
import { refuse } from '../../core/refusal.ts';
import type { Tx } from '../../core/tx.ts';
import { freeId } from '../workshop/ops.ts';
import { removeRound } from './content.ts';
import { inWorkshop, need, needPlaybook, roomFor } from './guards.ts';
import { teamOfArtifact, teamOfKpi, teamOfRound, teamOfSheet, teamOfTier } from './ownership.ts';
import { tierProblem } from './rules.ts';
import { KpiFields, RoundFields, ScoreSheetFields, TierFields, type Tier } from './schemas.ts';
import { PLAYBOOK_LIMITS } from './vocabulary.ts';

/** Writes a tier, then refuses (rolling the whole op back) if the playbook's tiers no longer make a clean matrix. */
function putTier(tx: Tx, tier: Tier, where: 'fields' | 'patch'): void {
  tx.put('tiers', tier);
  const problem = tierProblem(tx.where('tiers', (t) => t.artifactId === tier.artifactId));
  if (problem) {
    refuse({ code: 'invalid', path: `payload.${where}.${problem.field}`, rule: problem.rule, detail: `tier ${problem.tierId}: ${problem.rule}` });
  }
}

const needScenarioIn = (tx: Tx, scenarioId: string, artifactId: string) => {
  const s = tx.get('scenarios', scenarioId);
  if (!s || s.artifactId !== artifactId) refuse({ code: 'unknownEntity', detail: `scenario ${scenarioId} is not in this playbook` });
};

/** The authorization matrix, the complaint KPIs, and classroom role-play rounds with the observers' score sheets. */
export const practiceOps = {
  'tier.add': defineOp({
    payload: inWorkshop({ artifactId: Id, tierId: Id, fields: TierFields }),
    who: 'editor',
    ownerTeam: ({ artifactId }, doc) => teamOfArtifact(doc, artifactId),
    apply(tx, { artifactId, tierId, fields }) {
      needPlaybook(tx, artifactId);
      freeId(tx, 'tiers', tierId);
      roomFor(tx.where('tiers', (t) => t.artifactId === artifactId).length, PLAYBOOK_LIMITS.tiersPerPlaybook);
      putTier(tx, { id: tierId, artifactId, ...fields }, 'fields');
    },
  }),
  'tier.update': defineOp({
    payload: inWorkshop({ tierId: Id, patch: TierFields.partial() }),
    who: 'editor',
    ownerTeam: ({ tierId }, doc) => teamOfTier(doc, tierId),
    apply(tx, { tierId, patch }) {
      putTier(tx, { ...need(tx, 'tiers', tierId), ...patch }, 'patch');
    },
    touched: ({ tierId, patch }) => patchFields(tierId, patch),
  }),
  'tier.remove': defineOp({
    payload: inWorkshop({ tierId: Id }),
    who: 'editor',
    ownerTeam: ({ tierId }, doc) => teamOfTier(doc, tierId),
    apply(tx, { tierId }) {
      need(tx, 'tiers', tierId);
      tx.del('tiers', tierId);
    },
  }),
  'kpi.add': defineOp({
    payload: inWorkshop({ artifactId: Id, kpiId: Id, fields: KpiFields }),
    who: 'editor',
    ownerTeam: ({ artifactId }, doc) => teamOfArtifact(doc, artifactId),
    apply(tx, { artifactId, kpiId, fields }) {
      needPlaybook(tx, artifactId);
      freeId(tx, 'kpis', kpiId);
      const kpis = tx.where('kpis', (k) => k.artifactId === artifactId);
      roomFor(kpis.length, PLAYBOOK_LIMITS.kpisPerPlaybook);
      tx.put('kpis', { id: kpiId, artifactId, ...fields, order: keyAfterLast(kpis) });
    },
  }),
  'kpi.update': defineOp({
    payload: inWorkshop({ kpiId: Id, patch: KpiFields.partial() }),
    who: 'editor',
    ownerTeam: ({ kpiId }, doc) => teamOfKpi(doc, kpiId),
    apply(tx, { kpiId, patch }) {
      tx.put('kpis', { ...need(tx, 'kpis', kpiId), ...patch });
    },
    touched: ({ kpiId, patch }) => patchFields(kpiId, patch),
  }),
  'kpi.remove': defineOp({
    payload: inWorkshop({ kpiId: Id }),
    who: 'editor',
    ownerTeam: ({ kpiId }, doc) => teamOfKpi(doc, kpiId),
    apply(tx, { kpiId }) {
      need(tx, 'kpis', kpiId);
      tx.del('kpis', kpiId);
    },
  }),
  'round.add': defineOp({
    payload: inWorkshop({ artifactId: Id, roundId: Id, fields: RoundFields }),
    who: 'editor',
    ownerTeam: ({ artifactId }, doc) => teamOfArtifact(doc, artifactId),
    apply(tx, { artifactId, roundId, fields }) {
      needPlaybook(tx, artifactId);
      freeId(tx, 'rounds', roundId);
      needScenarioIn(tx, fields.scenarioId, artifactId);
      const rounds = tx.where('rounds', (r) => r.artifactId === artifactId);
      roomFor(rounds.length, PLAYBOOK_LIMITS.roundsPerPlaybook);
      tx.put('rounds', { id: roundId, artifactId, ...fields, order: keyAfterLast(rounds), startedAt: null, endedAt: null });
    },
  }),
  /** The clock runs on the host's time, so every screen in the room shows the same remaining time. */
  'round.start': defineOp({
    payload: inWorkshop({ roundId: Id }),
    who: 'editor',
    ownerTeam: ({ roundId }, doc) => teamOfRound(doc, roundId),
    apply(tx, { roundId }) {
      tx.put('rounds', { ...need(tx, 'rounds', roundId), startedAt: tx.at, endedAt: null });
    },
  }),
  'round.stop': defineOp({
    payload: inWorkshop({ roundId: Id }),
    who: 'editor',
    ownerTeam: ({ roundId }, doc) => teamOfRound(doc, roundId),
    apply(tx, { roundId }) {
      const round = need(tx, 'rounds', roundId);
      if (round.startedAt && !round.endedAt) tx.put('rounds', { ...round, endedAt: tx.at });
    },
  }),
  'round.remove': defineOp({
    payload: inWorkshop({ roundId: Id }),
    who: 'editor',
    ownerTeam: ({ roundId }, doc) => teamOfRound(doc, roundId),
    apply(tx, { roundId }) {
      need(tx, 'rounds', roundId);
      removeRound(tx, roundId);
    },
  }),
  /**
   * An observer's sheet, new or replacing their earlier one. Observers may sit in any team, so a sheet is open to
   * every member of the workshop (viewers still only watch).
   */
  'score.put': defineOp({
    payload: inWorkshop({ roundId: Id, sheetId: Id, fields: ScoreSheetFields }),
    who: 'editor',
    ownerTeam: () => null,
    apply(tx, { roundId, sheetId, fields }) {
      need(tx, 'rounds', roundId);
      const existing = tx.get('scoreSheets', sheetId);
      if (existing && existing.roundId !== roundId) refuse({ code: 'duplicateId', detail: `${sheetId} belongs to another round` });
      if (!existing) roomFor(tx.where('scoreSheets', (s) => s.roundId === roundId).length, PLAYBOOK_LIMITS.scoresPerRound);
      tx.put('scoreSheets', { id: sheetId, roundId, ...fields });
    },
  }),
  'score.remove': defineOp({
    payload: inWorkshop({ sheetId: Id }),
    who: 'editor',
    ownerTeam: ({ sheetId }, doc) => teamOfSheet(doc, sheetId),
    apply(tx, { sheetId }) {
      need(tx, 'scoreSheets', sheetId);
      tx.del('scoreSheets', sheetId);
    },
  }),
};
