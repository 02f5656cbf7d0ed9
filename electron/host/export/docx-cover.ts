import { AlignmentType, PageBreak, Paragraph, TextRun, type FileChild } from 'docx';
import type { Language, Workshop } from '../../../shared/domain/workshop.ts';
import { table } from './docx-blocks.ts';
import { COLORS, FONTS, SIZES } from './docx-style.ts';
import { docWords, formatDate } from './doc-words.ts';

export interface CoverInfo {
  lang: Language;
  company: string;
  /** e.g. "成果1", shown small above the title; empty for none. */
  label: string;
  title: string;
  /** ISO date; formatted per language. */
  date: string;
  /** The course's last day when it ran over several days: the cover then shows the span. */
  endDate?: string;
  /** Pre-filled 编制 name; the review and approval lines stay blank for signatures. */
  preparedBy: string;
  /** Where the document came from, e.g. the training programme; empty for none. */
  source: string;
}

const centred = (text: string, size: number, opts: { before?: number; after?: number; bold?: boolean; color?: string; heading?: boolean } = {}): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: opts.before ?? 0, after: opts.after ?? 120 },
    children: [
      new TextRun({ text, size, bold: opts.bold, color: opts.color, font: opts.heading ? FONTS.heading : undefined }),
    ],
  });

const dateText = ({ date, endDate, lang }: CoverInfo): string =>
  endDate && endDate.slice(0, 10) !== date.slice(0, 10)
    ? `${formatDate(date, lang)} – ${formatDate(endDate, lang)}`
    : formatDate(date, lang);

/** Cover page: company, deliverable, version, date, and a sign-off table; ends with a page break. */
/** The words a deliverable puts on its cover. */
export interface CoverWords {
  label: string;
  title: string;
  source: string;
}

/**
 * A workshop's cover for any deliverable: its company, the course dates (both days of a two-day course; a workshop
 * without dates is dated the day it is exported) and who prepared it (the trainer unless said otherwise).
 */
export function workshopCover(workshop: Workshop, words: CoverWords, preparedBy: string = workshop.trainer): FileChild[] {
  return coverPage({
    lang: workshop.language,
    company: workshop.company,
    ...words,
    date: workshop.startDate || workshop.endDate || new Date().toISOString(),
    endDate: workshop.startDate ? workshop.endDate : undefined,
    preparedBy,
  });
}

export function coverPage(info: CoverInfo): FileChild[] {
  const w = docWords(info.lang);
  const signRows = [w.prepared, w.reviewed, w.approved].map((role, i) => [
    { text: role, bold: true },
    i === 0 ? info.preparedBy : '',
    '',
    '',
  ]);
  const signTable = table(
    [
      { header: w.role, width: 2 },
      { header: w.name, width: 3 },
      { header: w.signature, width: 3 },
      { header: w.signDate, width: 3 },
    ],
    signRows,
    { minRowHeight: 640 }, // room for a pen
  );
  return [
    centred(info.company || w.noCompany, SIZES.subtitle, { before: 1400, after: 1600, bold: true, heading: true }),
    ...(info.label ? [centred(info.label, SIZES.h1, { after: 200, color: COLORS.accent, heading: true })] : []),
    centred(info.title, SIZES.title, { after: 600, bold: true, heading: true }),
    centred(`${w.version} ${w.versionValue}`, SIZES.h2, { after: 160 }),
    centred(`${w.date}${w.colon}${dateText(info)}`, SIZES.h2, { after: 160 }),
    ...(info.source ? [centred(info.source, SIZES.body, { color: COLORS.muted })] : []),
    centred(w.signOff, SIZES.body, { before: 2200, after: 120, bold: true }),
    signTable,
    new Paragraph({ children: [new PageBreak()] }),
  ];
}
