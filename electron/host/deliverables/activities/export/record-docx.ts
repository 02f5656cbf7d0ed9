import { Packer } from 'docx';
import type { WorkshopDoc } from '../../../../../shared/core/doc.ts';
import { activitiesInOrder, pollNps, ratingGaps, responsesOf } from '../../../../../shared/deliverables/activities/view.ts';
import type { Activity } from '../../../../../shared/deliverables/activities/schemas.ts';
import { CHART_FONT } from '../../../export/chart-fonts.ts';
import { chartPng, type ChartImage } from '../../../export/chart-image.ts';
import { workshopCover } from '../../../export/docx-cover.ts';
import { docxFileName } from '../../../export/docx-file-name.ts';
import { buildDocument } from '../../../export/docx-style.ts';
import type { ExportSource } from '../../../export/exporters.ts';
import { gapRadarDrawable, gapRadarOption, npsDistributionOption } from './activity-charts.ts';
import { activitiesSection } from './activities-section.ts';
import { participantsSection } from './participants-section.ts';
import { recordContext, type RecordContext } from './record-context.ts';
import { recordWords } from './record-words.ts';

/** The picture an answered poll gets in the record; brainstorms, dot votes and unanswered polls get none. */
function chartOf(ctx: RecordContext, a: Activity): Promise<ChartImage> | null {
  const { w, doc } = ctx;
  if (!responsesOf(doc, a.id).length) return null;
  if (a.kind === 'npsPoll') {
    const words = { score: w.score, answers: w.answers, promoters: w.promoters, passives: w.passives, detractors: w.detractors };
    return chartPng(npsDistributionOption(pollNps(doc, a.id), words, CHART_FONT), 1000, 540);
  }
  if (a.kind === 'ratingPoll') {
    const gaps = ratingGaps(doc, a);
    return gapRadarDrawable(gaps) ? chartPng(gapRadarOption(gaps, { expectation: w.expectation, perception: w.perception }, CHART_FONT), 820, 680) : null;
  }
  return null;
}

async function chartsOf(ctx: RecordContext): Promise<Map<string, ChartImage>> {
  const jobs = activitiesInOrder(ctx.doc).flatMap((a) => {
    const job = chartOf(ctx, a);
    return job ? [job.then((image) => [a.id, image] as const)] : [];
  });
  return new Map(await Promise.all(jobs));
}

/** 课堂互动记录: who took part, team by team, and every live activity with its results, as a Word file to sign. */
export async function buildRecordDocx({ doc }: ExportSource): Promise<Buffer> {
  const ctx = recordContext(doc);
  const charts = await chartsOf(ctx);
  const document = buildDocument({
    lang: ctx.lang,
    title: ctx.w.headerTitle,
    company: doc.workshop.company,
    cover: workshopCover(doc.workshop, ctx.w),
    body: [...participantsSection(ctx), ...activitiesSection(ctx, charts)],
  });
  return Packer.toBuffer(document);
}

/** e.g. 课堂互动记录_1.0_栖梧酒店集团.docx */
export const recordFileName = ({ doc }: { doc: WorkshopDoc }): string => docxFileName(recordWords(doc.workshop.language).fileStem, doc.workshop.company);
