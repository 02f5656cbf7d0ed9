import type { WorkshopDoc } from '../../../shared/core/doc.ts';
import { standardState } from '../../../shared/deliverables/standard/view.ts';

/** A deliverable's Word export from the workshop as stored: the file and the name it is saved under. */
export interface Exporter {
  build(doc: WorkshopDoc): Promise<Buffer>;
  fileName(doc: WorkshopDoc): string;
}

/**
 * Every exportable deliverable, by the id its route uses. Loaded on first use: docx, echarts and the fonts would
 * otherwise slow every start of the host. Adding a deliverable adds a line here and nothing else on the host.
 */
export const EXPORTERS = {
  standard: async (): Promise<Exporter> => {
    const m = await import('./standard-docx.ts');
    return { build: (doc) => m.buildStandardDocx(standardState(doc)), fileName: (doc) => m.standardFileName(standardState(doc)) };
  },
  journey: async (): Promise<Exporter> => {
    const m = await import('../deliverables/journey/export/journey-docx.ts');
    return { build: m.buildJourneyDocx, fileName: m.journeyFileName };
  },
  motStrategy: async (): Promise<Exporter> => {
    const m = await import('../deliverables/motStrategy/export/strategy-docx.ts');
    return { build: m.buildStrategyDocx, fileName: m.strategyFileName };
  },
} satisfies Record<string, () => Promise<Exporter>>;

export type DeliverableId = keyof typeof EXPORTERS;

export const isDeliverable = (id: string): id is DeliverableId => Object.hasOwn(EXPORTERS, id);
