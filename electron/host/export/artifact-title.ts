import type { WorkshopDoc } from '../../../shared/core/doc.ts';
import type { Artifact } from '../../../shared/deliverables/workshop/schemas.ts';

/** The name a deliverable instance goes by in a document: its own title, else its team's, else the whole class. */
export const artifactTitle = (doc: WorkshopDoc, a: Artifact, wholeWorkshop: string): string =>
  a.title || (a.teamId ? doc.teams[a.teamId]?.name : undefined) || wholeWorkshop;
