import { Packer, type FileChild } from 'docx';
import type { WorkshopDoc } from '../../../../../shared/core/doc.ts';
import { sortByOrder } from '../../../../../shared/core/order.ts';
import { STRATEGY_ELEMENTS, type Measure } from '../../../../../shared/deliverables/motStrategy/schemas.ts';
import { STRATEGY_WORDS } from '../../../../../shared/deliverables/motStrategy/words.ts';
import type { Artifact } from '../../../../../shared/deliverables/workshop/schemas.ts';
import { artifactTitle } from '../../../export/artifact-title.ts';
import { heading, para, strong, table } from '../../../export/docx-blocks.ts';
import { workshopCover } from '../../../export/docx-cover.ts';
import { docxFileName } from '../../../export/docx-file-name.ts';
import { buildDocument } from '../../../export/docx-style.ts';
import { strategyDocWords, type StrategyDocWords } from './strategy-words.ts';

function measuresTable(w: StrategyDocWords, measures: Measure[]) {
  return table(
    [
      { header: w.colNo, width: 0.7, align: 'center' },
      { header: w.colAction, width: 4 },
      { header: w.colOwner, width: 1.5, align: 'center' },
      { header: w.colTimeline, width: 1.5, align: 'center' },
      { header: w.colKpi, width: 3 },
    ],
    measures.map((m, i) => [String(i + 1), m.action, m.owner, m.timeline, m.kpi]),
  );
}

/** One strategy: a section per element (its aim, then its measures table) in the course's order. */
function strategyChapter(doc: WorkshopDoc, artifact: Artifact, title: string, w: StrategyDocWords): FileChild[] {
  const elements = STRATEGY_WORDS[doc.workshop.language];
  const mine = Object.values(doc.strategyMeasures).filter((m) => m.artifactId === artifact.id);
  return [
    heading(title, 1, { newPage: true }),
    ...STRATEGY_ELEMENTS.flatMap((element) => {
      const measures = sortByOrder(mine.filter((m) => m.element === element));
      return [
        heading(elements[element].title, 2),
        para([strong(w.aim), elements[element].aim]),
        measures.length ? measuresTable(w, measures) : para(w.noMeasures),
      ];
    }),
  ];
}

/** 成果3 关键时刻实施策略 1.0: every strategy of the workshop (the class's, each team's), one chapter each. */
export async function buildStrategyDocx(doc: WorkshopDoc): Promise<Buffer> {
  const { workshop } = doc;
  const lang = workshop.language;
  const w = strategyDocWords(lang);
  const strategies = sortByOrder(Object.values(doc.artifacts).filter((a) => a.deliverable === 'motStrategy'));
  const cover = workshopCover(workshop, w);
  const intro = [heading(w.purpose, 1), para(w.purposeText), ...(strategies.length ? [] : [para(w.noStrategy, { before: 120 })])];
  const chapters = strategies.flatMap((a) => strategyChapter(doc, a, artifactTitle(doc, a, w.wholeWorkshop), w));
  return Packer.toBuffer(buildDocument({ lang, title: w.headerTitle, company: workshop.company, cover, body: [...intro, ...chapters] }));
}

export const strategyFileName = (doc: WorkshopDoc): string => docxFileName(strategyDocWords(doc.workshop.language).fileStem, doc.workshop.company);
