import type { Tx } from '../core/tx.ts';
import { removePlaybookContent } from './playbook/content.ts';
import { removeHomeworkContent } from './homework/content.ts';
import { removeStandardContent } from './standard/content.ts';
import { removeJourneyContent } from './journey/content.ts';
import { removeStrategyContent } from './motStrategy/content.ts';
import type { Artifact, DeliverableId } from './workshop/schemas.ts';

/** What removing an instance of each deliverable removes with it: one line per deliverable module. */
const REMOVE_CONTENT: { [D in DeliverableId]: (tx: Tx, artifactId: string) => void } = {
  standard: removeStandardContent,
  playbook: removePlaybookContent,
  homework: removeHomeworkContent,
  journey: removeJourneyContent,
  motStrategy: removeStrategyContent,
};

export const removeArtifactContent = (tx: Tx, artifact: Artifact): void => REMOVE_CONTENT[artifact.deliverable](tx, artifact.id);
