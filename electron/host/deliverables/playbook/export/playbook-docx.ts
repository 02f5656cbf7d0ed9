import { Packer } from 'docx';
import { roundScoresOption } from '../../../../../shared/charts/roleplay-scores.ts';
import { playbookView } from '../../../../../shared/deliverables/playbook/view.ts';
import { playbookWords } from '../../../../../shared/deliverables/playbook/words.ts';
import { docxFileName } from '../../../export/docx-file-name.ts';
import { CHART_FONT } from '../../../export/chart-fonts.ts';
import { chartPng } from '../../../export/chart-image.ts';
import { workshopCover } from '../../../export/docx-cover.ts';
import { buildDocument } from '../../../export/docx-style.ts';
import type { ExportSource } from '../../../export/exporters.ts';
import { flowSection, kpiSection, matrixSection, principlesSection, purposeSection, scenarioSection, strategiesSection, type PlaybookContext } from './playbook-sections.ts';
import { playbookDocWords } from './playbook-words.ts';
import { practiceSection } from './practice-section.ts';

function context({ doc, artifactId }: ExportSource): PlaybookContext {
  const lang = doc.workshop.language;
  const teamId = doc.artifacts[artifactId]?.teamId;
  return {
    lang,
    view: playbookView(doc, artifactId),
    company: doc.workshop.company,
    team: teamId ? (doc.teams[teamId]?.name ?? null) : null,
    w: playbookDocWords(lang),
    d: playbookWords(lang),
  };
}

/** 现场作业 投诉处理手册 1.0 as a Word file, in the same style as 成果1: cover, contents, numbered chapters. */
export async function buildPlaybookDocx(source: ExportSource): Promise<Buffer> {
  const ctx = context(source);
  const { workshop } = source.doc;
  const charts = await Promise.all(
    ctx.view.rounds.map((r) => (r.sheets.length ? chartPng(roundScoresOption(r, ctx.lang, { meanLabel: ctx.w.mean }, CHART_FONT), 900, 520) : null)),
  );
  const title = ctx.view.title || ctx.w.title;
  const doc = buildDocument({
    lang: ctx.lang,
    title: ctx.w.headerTitle,
    company: workshop.company,
    cover: workshopCover(workshop, { label: ctx.w.label, title, source: ctx.w.source }, ctx.team ?? workshop.trainer),
    body: [
      ...purposeSection(ctx),
      ...principlesSection(ctx),
      ...flowSection(ctx),
      ...ctx.view.scenarios.flatMap((v) => scenarioSection(ctx, v)),
      ...matrixSection(ctx),
      ...strategiesSection(ctx),
      ...kpiSection(ctx),
      ...practiceSection(ctx, charts),
    ],
  });
  return Packer.toBuffer(doc);
}

/** e.g. 投诉处理手册_1.0_一组_示例物业服务有限公司.docx: the team's name keeps the teams' files apart. */
export function playbookFileName(source: ExportSource): string {
  const ctx = context(source);
  return docxFileName(ctx.w.fileStem, ctx.team ?? '', ctx.company);
}
