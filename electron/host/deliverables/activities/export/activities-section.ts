import type { FileChild } from 'docx';
import type { Activity } from '../../../../../shared/deliverables/activities/schemas.ts';
import { activitiesInOrder, notesOf, responsesOf } from '../../../../../shared/deliverables/activities/view.ts';
import type { ChartImage } from '../../../export/chart-image.ts';
import { heading, para, strong, table, type CellText } from '../../../export/docx-blocks.ts';
import { docWords } from '../../../export/doc-words.ts';
import { brainstormBody, dotVoteBody } from './notes-sections.ts';
import { npsBody, ratingBody } from './poll-sections.ts';
import { clip, stepName, type RecordContext } from './record-context.ts';
import { fillCount, type Counted } from './record-words.ts';

const count = (text: Counted, n: number) => fillCount(text, n, { n });

/** How many took part, in the words of the activity's kind. */
function taking(ctx: RecordContext, a: Activity): string {
  const { w, doc } = ctx;
  switch (a.kind) {
    case 'brainstorm':
      return count(w.takingNotes, notesOf(doc, a.id).length);
    case 'dotVote':
      return count(w.takingVoters, new Set(Object.values(doc.votes).filter((v) => v.activityId === a.id).map((v) => v.voterId)).size);
    case 'npsPoll':
    case 'ratingPoll':
      return count(w.takingAnswers, responsesOf(doc, a.id).length);
  }
}

/** The activity's title as its heading: its kind and the start of its prompt (the prompt is given in full below). */
const headingText = (ctx: RecordContext, a: Activity): string => `${ctx.w.kind[a.kind]}${docWords(ctx.lang).colon}${clip(a.prompt, 24)}`;

function facts(ctx: RecordContext, a: Activity): FileChild[] {
  const { w } = ctx;
  const colon = docWords(ctx.lang).colon;
  const line = (label: string, text: string) => para([strong(`${label}${colon}`), text], { after: 60 });
  const state = [a.open ? w.stateOpen : w.stateClosed, ...(a.kind === 'brainstorm' ? [] : [a.revealed ? w.stateRevealed : w.stateHidden])];
  return [
    line(w.prompt, a.prompt),
    line(w.step, stepName(ctx, a) ?? w.stepNone),
    line(w.state, state.join(ctx.lang === 'en' ? '; ' : '，')),
    ...(a.kind === 'brainstorm' && a.anonymous ? [para(w.anonymousMode, { after: 60 })] : []),
  ];
}

function body(ctx: RecordContext, a: Activity, chart: ChartImage | null): FileChild[] {
  switch (a.kind) {
    case 'brainstorm':
      return brainstormBody(ctx, a);
    case 'dotVote':
      return dotVoteBody(ctx, a);
    case 'npsPoll':
      return npsBody(ctx, a, chart);
    case 'ratingPoll':
      return ratingBody(ctx, a, chart);
  }
}

/** Chapter 2: every activity in the order it was started, first as a list, then one section each with its results. */
export function activitiesSection(ctx: RecordContext, charts: ReadonlyMap<string, ChartImage>): FileChild[] {
  const { w } = ctx;
  const head = heading(w.activities, 1, { newPage: true });
  const activities = activitiesInOrder(ctx.doc);
  if (!activities.length) return [head, para(w.noActivities)];
  const rows = activities.map((a, i): CellText[] => [String(i + 1), w.kind[a.kind], a.prompt, stepName(ctx, a) ?? '—', taking(ctx, a)]);
  return [
    head,
    para(fillCount(w.activitiesIntro, activities.length, { count: activities.length })),
    table(
      [
        { header: w.colNo, width: 0.8, align: 'center' },
        { header: w.colKind, width: 1.9 },
        { header: w.colPrompt, width: 4.6 },
        { header: w.colStep, width: 3 },
        { header: w.colTaking, width: 1.6, align: 'center' },
      ],
      rows,
    ),
    ...activities.flatMap((a) => [heading(headingText(ctx, a), 2), ...facts(ctx, a), ...body(ctx, a, charts.get(a.id) ?? null)]),
  ];
}
