import type { WorkshopState } from '../../../shared/domain/state.ts';

/** A deliverable's Word export: the file and the name it is saved under. */
export interface Exporter {
  build(state: WorkshopState): Promise<Buffer>;
  fileName(state: WorkshopState): string;
}

/**
 * Every exportable deliverable, by the id its route uses. Loaded on first use: docx, echarts and the fonts would
 * otherwise slow every start of the host. Adding a deliverable adds a line here and nothing else on the host.
 */
export const EXPORTERS = {
  standard: async (): Promise<Exporter> => {
    const m = await import('./standard-docx.ts');
    return { build: m.buildStandardDocx, fileName: m.standardFileName };
  },
} satisfies Record<string, () => Promise<Exporter>>;

export type DeliverableId = keyof typeof EXPORTERS;

export const isDeliverable = (id: string): id is DeliverableId => Object.hasOwn(EXPORTERS, id);
