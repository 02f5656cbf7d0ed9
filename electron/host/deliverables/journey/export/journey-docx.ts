import { Packer, type FileChild } from 'docx';
import type { WorkshopDoc } from '../../../../../shared/core/doc.ts';
import { sortByOrder } from '../../../../../shared/core/order.ts';
import { emotionCurveOption } from '../../../../../shared/charts/emotion-curve.ts';
import { emotionLabel } from '../../../../../shared/charts/journey-layout.ts';
import { journeyWarnings, peakEnd } from '../../../../../shared/deliverables/journey/peak-end.ts';
import type { Card } from '../../../../../shared/deliverables/journey/schemas.ts';
import { journeySequence, journeyView, type JourneyView } from '../../../../../shared/deliverables/journey/view.ts';
import { warningText } from '../../../../../shared/deliverables/journey/warning-text.ts';
import type { Artifact } from '../../../../../shared/deliverables/workshop/schemas.ts';
import type { Language } from '../../../../../shared/domain/workshop.ts';
import { artifactTitle } from '../../../export/artifact-title.ts';
import { CHART_FONT } from '../../../export/chart-fonts.ts';
import { chartPng, type ChartImage } from '../../../export/chart-image.ts';
import { bullet, caption, heading, para, picture, strong, table, type CellText } from '../../../export/docx-blocks.ts';
import { workshopCover } from '../../../export/docx-cover.ts';
import { docxFileName } from '../../../export/docx-file-name.ts';
import { buildDocument } from '../../../export/docx-style.ts';
import { fill } from '../../../export/doc-words.ts';
import { journeyMapPng } from './journey-map-svg.ts';
import { journeyDocWords, type JourneyDocWords } from './journey-words.ts';

interface Ctx {
  doc: WorkshopDoc;
  lang: Language;
  w: JourneyDocWords;
  nextFigure: () => number;
}

/** The standard, and under it the 成果1 indicators it is linked to (those still in the workshop). */
function standardCell(ctx: Ctx, card: Card): string {
  const names = card.indicatorIds.map((id) => ctx.doc.indicators[id]?.name).filter(Boolean);
  return names.length ? `${card.standard}\n${ctx.w.linked}${names.join(ctx.lang === 'en' ? ', ' : '、')}` : card.standard;
}

function stageTable(ctx: Ctx, cards: Card[]) {
  const { w } = ctx;
  const rows = cards.map((c): CellText[] => [{ text: c.touchpoint, bold: true }, c.expectation, standardCell(ctx, c), c.script, c.wow, c.owner, emotionLabel(c.emotion)]);
  return table(
    [
      { header: w.colMoment, width: 1.6 },
      { header: w.colExpectation, width: 2 },
      { header: w.colStandard, width: 2.4 },
      { header: w.colScript, width: 2.4 },
      { header: w.colWow, width: 2 },
      { header: w.colOwner, width: 1.3, align: 'center' },
      { header: w.colEmotion, width: 1, align: 'center' },
    ],
    rows,
  );
}

function peakEndSection(ctx: Ctx, view: JourneyView): FileChild[] {
  const { w } = ctx;
  const { peak, end } = peakEnd(view);
  const [open, close, colon] = ctx.lang === 'en' ? [' (', ')', ': '] : ['（', '）', '：'];
  const moment = (c: Card | null) => (c ? `${c.touchpoint || '—'}${open}${emotionLabel(c.emotion)}${close}${c.wow ? colon + c.wow : ''}` : w.none);
  const warnings = journeyWarnings(view);
  return [
    heading(w.peakEnd, 2),
    para([strong(w.peakIs), moment(peak)]),
    para([strong(w.endIs), moment(end)]),
    para(strong(w.checks), { before: 120 }),
    ...(warnings.length ? warnings.map((x) => bullet(warningText(x, view, ctx.lang))) : [para(w.allGood)]),
  ];
}

async function journeyChapter(ctx: Ctx, artifact: Artifact, title: string): Promise<FileChild[]> {
  const { w } = ctx;
  const view = journeyView(ctx.doc, artifact.id);
  const { peak, end } = peakEnd(view);
  const hasMoments = journeySequence(view).length > 0;
  const [map, curve]: (ChartImage | null)[] = hasMoments
    ? await Promise.all([journeyMapPng(view, { peak: peak?.id ?? null, end: end?.id ?? null }), chartPng(emotionCurveOption(view, ctx.lang, CHART_FONT), 1200, 560)])
    : [null, null];
  const overview: FileChild[] = [heading(w.overview, 2)];
  if (map && curve) {
    overview.push(
      picture(map, `${title} · ${w.overview}`, { maxWidthCm: 16, maxHeightCm: 20 }),
      caption(fill(w.mapCaption, { n: ctx.nextFigure(), title })),
      picture(curve, `${title} · ${w.colEmotion}`, { maxWidthCm: 16, maxHeightCm: 9 }),
      caption(fill(w.curveCaption, { n: ctx.nextFigure(), title })),
    );
  } else overview.push(para(w.noMoments));
  const stages = view.stages.flatMap(({ stage, cards }) => [
    heading(fill(w.stage, { name: stage.name }), 2),
    cards.length ? stageTable(ctx, cards) : para(w.stageEmpty, { after: 120 }),
  ]);
  return [heading(title, 1, { newPage: true }), ...overview, ...stages, ...peakEndSection(ctx, view)];
}

/** 成果2 客户体验流程脚本 1.0: every journey map of the workshop (the class's, each team's), one chapter each. */
export async function buildJourneyDocx(doc: WorkshopDoc): Promise<Buffer> {
  const { workshop } = doc;
  const lang = workshop.language;
  const w = journeyDocWords(lang);
  let figure = 0;
  const ctx: Ctx = { doc, lang, w, nextFigure: () => ++figure };
  const journeys = sortByOrder(Object.values(doc.artifacts).filter((a) => a.deliverable === 'journey'));
  // One after another: figure numbers follow the chapters, and two big maps never rasterize at once.
  const chapters: FileChild[] = [];
  for (const a of journeys) chapters.push(...(await journeyChapter(ctx, a, artifactTitle(doc, a, w.wholeWorkshop))));
  const cover = workshopCover(workshop, w);
  const intro = [heading(w.purpose, 1), para(w.purposeText), ...(journeys.length ? [] : [para(w.noMoments, { before: 120 })])];
  const built = buildDocument({ lang, title: w.headerTitle, company: workshop.company, cover, body: [...intro, ...chapters] });
  return Packer.toBuffer(built);
}

export const journeyFileName = (doc: WorkshopDoc): string => docxFileName(journeyDocWords(doc.workshop.language).fileStem, doc.workshop.company);

