import { z } from 'zod';
import { Id } from '../../domain/ids.ts';
import { patchFields } from '../../core/fields.ts';
import { defineOp } from '../../core/op-def.ts';
import { keyAfterLast, OrderKey } from '../../core/order.ts';
import type { Tx } from '../../core/tx.ts';
import { freeId } from '../workshop/ops.ts';
import { removeScenario } from './content.ts';
import { inWorkshop, need, needPlaybook, roomFor } from './guards.ts';
import { teamOfArtifact, teamOfLine, teamOfScenario } from './ownership.ts';
import {
  ClearStep,
  LineKind,
  LineText,
  Principle,
  PrincipleNote,
  PrincipleNotes,
  Remedies,
  RemedyStrategy,
  RemedyText,
  ScenarioFields,
} from './schemas.ts';
import { PLAYBOOK_LIMITS, PRINCIPLES } from './vocabulary.ts';

const NewLine = z.object({ lineId: Id, step: ClearStep, kind: LineKind, text: LineText }).strict();

const blankPrinciples = () => Object.fromEntries(PRINCIPLES.map((p) => [p, ''])) as z.infer<typeof PrincipleNotes>;

const linesOf = (tx: Tx, scenarioId: string) => tx.where('scriptLines', (l) => l.scenarioId === scenarioId);

/** A playbook's scenarios and their CLEAR script lines, principle notes and chosen remedies. */
export const scenarioOps = {
  /** A scenario, typed in or taken from the library with its script lines, in one step. */
  'scenario.add': defineOp({
    payload: inWorkshop({
      artifactId: Id,
      scenarioId: Id,
      fields: ScenarioFields,
      principles: PrincipleNotes.optional(),
      remedies: Remedies.optional(),
      lines: z.array(NewLine).max(PLAYBOOK_LIMITS.linesPerScenario, 'tooMany').optional(),
      order: OrderKey.optional(),
    }),
    who: 'editor',
    ownerTeam: ({ artifactId }, doc) => teamOfArtifact(doc, artifactId),
    apply(tx, { artifactId, scenarioId, fields, principles, remedies, lines, order }) {
      needPlaybook(tx, artifactId);
      freeId(tx, 'scenarios', scenarioId);
      const siblings = tx.where('scenarios', (s) => s.artifactId === artifactId);
      roomFor(siblings.length, PLAYBOOK_LIMITS.scenariosPerPlaybook);
      tx.put('scenarios', {
        id: scenarioId,
        artifactId,
        ...fields,
        principles: principles ?? blankPrinciples(),
        remedies: remedies ?? {},
        order: order ?? keyAfterLast(siblings),
      });
      for (const { lineId, step, kind, text } of lines ?? []) {
        freeId(tx, 'scriptLines', lineId);
        tx.put('scriptLines', { id: lineId, scenarioId, step, kind, text, order: keyAfterLast(linesOf(tx, scenarioId)) });
      }
    },
  }),
  'scenario.update': defineOp({
    payload: inWorkshop({ scenarioId: Id, patch: ScenarioFields.partial() }),
    who: 'editor',
    ownerTeam: ({ scenarioId }, doc) => teamOfScenario(doc, scenarioId),
    apply(tx, { scenarioId, patch }) {
      tx.put('scenarios', { ...need(tx, 'scenarios', scenarioId), ...patch });
    },
    touched: ({ scenarioId, patch }) => patchFields(scenarioId, patch),
  }),
  'scenario.setPrinciple': defineOp({
    payload: inWorkshop({ scenarioId: Id, principle: Principle, note: PrincipleNote }),
    who: 'editor',
    ownerTeam: ({ scenarioId }, doc) => teamOfScenario(doc, scenarioId),
    apply(tx, { scenarioId, principle, note }) {
      const s = need(tx, 'scenarios', scenarioId);
      tx.put('scenarios', { ...s, principles: { ...s.principles, [principle]: note } });
    },
    touched: ({ scenarioId, principle }) => [{ entityId: scenarioId, field: `principle.${principle}` }],
  }),
  /** Choose a recovery strategy with its concrete remedy, or drop it (remedy null). */
  'scenario.setRemedy': defineOp({
    payload: inWorkshop({ scenarioId: Id, strategy: RemedyStrategy, remedy: RemedyText.nullable() }),
    who: 'editor',
    ownerTeam: ({ scenarioId }, doc) => teamOfScenario(doc, scenarioId),
    apply(tx, { scenarioId, strategy, remedy }) {
      const s = need(tx, 'scenarios', scenarioId);
      const remedies = { ...s.remedies };
      if (remedy === null) delete remedies[strategy];
      else remedies[strategy] = remedy;
      tx.put('scenarios', { ...s, remedies });
    },
    touched: ({ scenarioId, strategy }) => [{ entityId: scenarioId, field: `remedy.${strategy}` }],
  }),
  'scenario.move': defineOp({
    payload: inWorkshop({ scenarioId: Id, order: OrderKey }),
    who: 'editor',
    ownerTeam: ({ scenarioId }, doc) => teamOfScenario(doc, scenarioId),
    apply(tx, { scenarioId, order }) {
      tx.put('scenarios', { ...need(tx, 'scenarios', scenarioId), order });
    },
  }),
  'scenario.remove': defineOp({
    payload: inWorkshop({ scenarioId: Id }),
    who: 'editor',
    ownerTeam: ({ scenarioId }, doc) => teamOfScenario(doc, scenarioId),
    apply(tx, { scenarioId }) {
      need(tx, 'scenarios', scenarioId);
      removeScenario(tx, scenarioId);
    },
  }),
  'line.add': defineOp({
    payload: inWorkshop({ scenarioId: Id, lineId: Id, step: ClearStep, kind: LineKind, text: LineText, order: OrderKey.optional() }),
    who: 'editor',
    ownerTeam: ({ scenarioId }, doc) => teamOfScenario(doc, scenarioId),
    apply(tx, { scenarioId, lineId, step, kind, text, order }) {
      need(tx, 'scenarios', scenarioId);
      freeId(tx, 'scriptLines', lineId);
      const lines = linesOf(tx, scenarioId);
      roomFor(lines.length, PLAYBOOK_LIMITS.linesPerScenario);
      tx.put('scriptLines', { id: lineId, scenarioId, step, kind, text, order: order ?? keyAfterLast(lines) });
    },
  }),
  'line.update': defineOp({
    payload: inWorkshop({ lineId: Id, text: LineText }),
    who: 'editor',
    ownerTeam: ({ lineId }, doc) => teamOfLine(doc, lineId),
    apply(tx, { lineId, text }) {
      tx.put('scriptLines', { ...need(tx, 'scriptLines', lineId), text });
    },
    touched: ({ lineId }) => [{ entityId: lineId, field: 'text' }],
  }),
  'line.move': defineOp({
    payload: inWorkshop({ lineId: Id, order: OrderKey }),
    who: 'editor',
    ownerTeam: ({ lineId }, doc) => teamOfLine(doc, lineId),
    apply(tx, { lineId, order }) {
      tx.put('scriptLines', { ...need(tx, 'scriptLines', lineId), order });
    },
  }),
  'line.remove': defineOp({
    payload: inWorkshop({ lineId: Id }),
    who: 'editor',
    ownerTeam: ({ lineId }, doc) => teamOfLine(doc, lineId),
    apply(tx, { lineId }) {
      need(tx, 'scriptLines', lineId);
      tx.del('scriptLines', lineId);
    },
  }),
};
