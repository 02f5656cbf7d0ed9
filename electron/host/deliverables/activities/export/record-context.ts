import type { WorkshopDoc } from '../../../../../shared/core/doc.ts';
import type { Activity } from '../../../../../shared/deliverables/activities/schemas.ts';
import type { Language } from '../../../../../shared/domain/workshop.ts';
import { charEm, textEm } from '../../../../../shared/charts/text-metrics.ts';
import { sectionById } from '../../../../../templates/curriculum.ts';
import { fill } from '../../../export/doc-words.ts';
import { recordWords, type RecordWords } from './record-words.ts';

/** What every part of the classroom record needs: the workshop, its language's words and a figure counter. */
export interface RecordContext {
  doc: WorkshopDoc;
  lang: Language;
  w: RecordWords;
  nextFigure: () => number;
}

export function recordContext(doc: WorkshopDoc): RecordContext {
  const lang = doc.workshop.language;
  let figure = 0;
  return { doc, lang, w: recordWords(lang), nextFigure: () => ++figure };
}

/** The agenda step an activity was started from, as the course names it ("第 1 天 · …"), or null. */
export function stepName(ctx: RecordContext, activity: Activity): string | null {
  const step = activity.stepId ? ctx.doc.agendaSteps[activity.stepId] : undefined;
  if (!step) return null;
  const title = step.title || (step.sectionId ? sectionById(step.sectionId)?.title[ctx.lang] : '') || '';
  return title ? fill(ctx.w.stepOf, { day: step.day, title }) : null;
}

export const teamName = (ctx: RecordContext, teamId: string | null): string | null => (teamId ? (ctx.doc.teams[teamId]?.name ?? null) : null);

/** Shares and scores as a manager reads them: at most one decimal, a true minus sign. */
export function decimal(value: number, digits = 1): string {
  const text = String(Number(value.toFixed(digits)));
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

export const share = (pct: number): string => `${decimal(pct)}%`;

/** Mean ratings on the 1–7 scale, always two decimals so a column of them lines up. */
export const rating = (value: number | null): string => (value === null ? '—' : value.toFixed(2));

/** A gap with its sign: "−1.50", "+0.25", "0.00". */
export function signedGap(gap: number | null): string {
  if (gap === null) return '—';
  const text = Math.abs(gap).toFixed(2);
  return text === '0.00' ? text : `${gap < 0 ? '−' : '+'}${text}`;
}

/** A prompt short enough for a heading or a caption (measured in em, so Chinese and English cut at the same width). */
export function clip(text: string, maxEm: number): string {
  if (textEm(text) <= maxEm) return text;
  let out = '';
  let em = 1; // the ellipsis
  for (const ch of text) {
    em += charEm(ch);
    if (em > maxEm) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}
