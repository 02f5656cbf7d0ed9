import type { ExportSource } from '../../../export/exporters.ts';
import { Packer, type FileChild } from 'docx';
import { FACTORS, factorKind } from '../../../../../shared/course/factors.ts';
import { homeworkPlan } from '../../../../../shared/deliverables/homework/view.ts';
import { docxFileName } from '../../../export/docx-file-name.ts';
import { FACTOR_TEXT } from '../../../../../templates/concepts.ts';
import { docWords, fill, formatDate } from '../../../export/doc-words.ts';
import { heading, para, table } from '../../../export/docx-blocks.ts';
import { workshopCover } from '../../../export/docx-cover.ts';
import { buildDocument } from '../../../export/docx-style.ts';
import { homeworkWords } from './homework-words.ts';

/** 第一天课后作业 as a Word action plan in 成果1's style: cover, contents, the factors, a table per department, a summary. */
export async function buildHomeworkDocx({ doc }: ExportSource): Promise<Buffer> {
  const { workshop } = doc;
  const lang = workshop.language;
  const w = homeworkWords(lang);
  const plan = homeworkPlan(doc);
  const factorName = (f: (typeof FACTORS)[number]) => FACTOR_TEXT[f].name[lang];

  const factorsTable = table(
    [
      { header: w.colFactor, width: 2 },
      { header: w.colKind, width: 2 },
      { header: w.colLever, width: 4 },
    ],
    FACTORS.map((f) => [{ text: factorName(f), bold: true }, factorKind(f) === 'value' ? w.value : w.cost, FACTOR_TEXT[f].lever[lang]]),
  );

  const departmentSections: FileChild[] = plan.departments.length
    ? plan.departments.flatMap(({ department, actions }) => [
        heading(department.name, 2),
        para(fill(w.departmentIntro, { name: department.name, count: actions.length })),
        actions.length
          ? table(
              [
                { header: w.colFactor, width: 2 },
                { header: w.colWhat, width: 4 },
                { header: w.colOwner, width: 2 },
                { header: w.colDeadline, width: 3, align: 'center' },
                { header: w.colMeasure, width: 4 },
              ],
              actions.map((a) => [factorName(a.factor), a.what, a.owner, a.deadline ? formatDate(a.deadline, lang) : w.notSet, a.measure]),
            )
          : para(w.noActions),
      ])
    : [para(w.noDepartments)];

  const summary = table(
    [
      { header: w.colFactor, width: 2 },
      { header: w.summaryCount, width: 1, align: 'center' },
      { header: w.summaryDepartments, width: 3 },
      { header: w.colWhat, width: 6 },
    ],
    plan.byFactor.map(({ factor, actions }) => [
      { text: factorName(factor), bold: true },
      String(actions.length),
      [...new Set(actions.map((a) => a.department.name))].join(lang === 'en' ? ', ' : '、') || '—',
      actions.length ? actions.map((a) => `${a.department.name}${docWords(lang).colon}${a.action.what}`).join('\n') : { text: w.gap, color: 'C92A2A' },
    ]),
  );

  const document = buildDocument({
    lang,
    title: w.headerTitle,
    company: workshop.company,
    cover: workshopCover(workshop, w),
    body: [
      heading(w.purpose, 1),
      para(w.purposeText),
      heading(w.factorsHeading, 2),
      factorsTable,
      heading(w.departments, 1, { newPage: true }),
      ...departmentSections,
      heading(w.summary, 1, { newPage: true }),
      para(w.summaryIntro),
      summary,
    ],
  });
  return Packer.toBuffer(document);
}

/** e.g. 第一天课后作业_客户满意度提升行动计划_1.0_华东智能家居服务有限公司.docx */
export const homeworkFileName = ({ doc }: ExportSource): string => docxFileName(homeworkWords(doc.workshop.language).fileStem, doc.workshop.company);
