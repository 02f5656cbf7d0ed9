import type { WorkshopDoc } from '../../core/doc.ts';

/**
 * Which team owns each playbook entity: its artifact's team (null: the whole workshop; undefined: it does not exist,
 * and the reducer refuses with the right reason).
 */
export const teamOfArtifact = (doc: WorkshopDoc, artifactId: string): string | null | undefined => doc.artifacts[artifactId]?.teamId;

export const teamOfScenario = (doc: WorkshopDoc, scenarioId: string) => {
  const s = doc.scenarios[scenarioId];
  return s ? teamOfArtifact(doc, s.artifactId) : undefined;
};

export const teamOfLine = (doc: WorkshopDoc, lineId: string) => {
  const l = doc.scriptLines[lineId];
  return l ? teamOfScenario(doc, l.scenarioId) : undefined;
};

export const teamOfTier = (doc: WorkshopDoc, tierId: string) => {
  const t = doc.tiers[tierId];
  return t ? teamOfArtifact(doc, t.artifactId) : undefined;
};

export const teamOfKpi = (doc: WorkshopDoc, kpiId: string) => {
  const k = doc.kpis[kpiId];
  return k ? teamOfArtifact(doc, k.artifactId) : undefined;
};

export const teamOfRound = (doc: WorkshopDoc, roundId: string) => {
  const r = doc.rounds[roundId];
  return r ? teamOfArtifact(doc, r.artifactId) : undefined;
};

export const teamOfSheet = (doc: WorkshopDoc, sheetId: string) => {
  const s = doc.scoreSheets[sheetId];
  return s ? teamOfRound(doc, s.roundId) : undefined;
};
