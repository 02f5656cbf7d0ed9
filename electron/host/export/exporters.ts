import type { WorkshopDoc } from '../../../shared/core/doc.ts';
import { standardState } from '../../../shared/deliverables/standard/view.ts';

/** The whole workshop and the one instance (artifact) of the deliverable being exported. */
export interface ExportSource {
  doc: WorkshopDoc;
  /** For a workshop record (WORKSHOP_RECORDS), the workshop's own id. */
  artifactId: string;
}

/** A deliverable's Word export: the file and the name it is saved under. */
export interface Exporter {
  build(source: ExportSource): Promise<Buffer>;
  fileName(source: ExportSource): string;
}

/**
 * Every exportable deliverable, by the id its route uses. Loaded on first use: docx, echarts and the fonts would
 * otherwise slow every start of the host. Adding a deliverable adds a line here and nothing else on the host.
 */
export const EXPORTERS = {
  standard: async (): Promise<Exporter> => {
    const [m, room] = await Promise.all([import('./standard-docx.ts'), import('../deliverables/activities/export/servqual-gaps.ts')]);
    return {
      build: ({ doc, artifactId }) => m.buildStandardDocx(standardState(doc, artifactId), room.roomServqualGaps(doc)),
      fileName: ({ doc, artifactId }) => m.standardFileName(standardState(doc, artifactId)),
    };
  },
  journey: async (): Promise<Exporter> => {
    const m = await import('../deliverables/journey/export/journey-docx.ts');
    return { build: ({ doc }) => m.buildJourneyDocx(doc), fileName: ({ doc }) => m.journeyFileName(doc) };
  },
  motStrategy: async (): Promise<Exporter> => {
    const m = await import('../deliverables/motStrategy/export/strategy-docx.ts');
    return { build: ({ doc }) => m.buildStrategyDocx(doc), fileName: ({ doc }) => m.strategyFileName(doc) };
  },
  playbook: async (): Promise<Exporter> => {
    const m = await import('../deliverables/playbook/export/playbook-docx.ts');
    return { build: m.buildPlaybookDocx, fileName: m.playbookFileName };
  },
  homework: async (): Promise<Exporter> => {
    const m = await import('../deliverables/homework/export/homework-docx.ts');
    return { build: m.buildHomeworkDocx, fileName: m.homeworkFileName };
  },
  activities: async (): Promise<Exporter> => {
    const m = await import('../deliverables/activities/export/record-docx.ts');
    return { build: m.buildRecordDocx, fileName: m.recordFileName };
  },
} satisfies Record<string, () => Promise<Exporter>>;

export type DeliverableId = keyof typeof EXPORTERS;

export const isDeliverable = (id: string): id is DeliverableId => Object.hasOwn(EXPORTERS, id);

/** Records of the workshop itself rather than of an artifact (the classroom's activities): exported without an instance. */
export const WORKSHOP_RECORDS: ReadonlySet<DeliverableId> = new Set<DeliverableId>(['activities']);
