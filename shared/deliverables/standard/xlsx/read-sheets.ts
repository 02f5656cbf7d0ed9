import type { z } from 'zod';
import { DIMENSIONS, type Dimension } from '../../../domain/dimensions.ts';
import { LIMITS } from '../../../domain/limits.ts';
import { DimensionWeights, IndicatorFields, PostFields, ScoringRule } from '../../../domain/standard.ts';
import type { XlsxCell, XlsxRow, XlsxSheet } from './cells.ts';
import { COL, columnLetter, SHEET } from './layout.ts';
import type { ImportProblem, ImportProblemCode } from './problems.ts';
import { cycleOf, dimensionOf, isHeaderCell, ruleOf, sourceOf } from './words.ts';

export interface ImportedIndicator {
  row: number;
  dimension: Dimension;
  fields: IndicatorFields;
}

export interface ImportedPost {
  sheet: string;
  fields: PostFields;
  dimensionWeights: DimensionWeights;
  indicators: ImportedIndicator[];
}

export interface ReadResult {
  posts: ImportedPost[];
  problems: ImportProblem[];
}

/** One sheet being read: cells by (row, column) and the problems found so far, each with its sheet and row. */
class SheetReader {
  private readonly byRow = new Map<number, XlsxCell[]>();
  constructor(
    readonly sheet: XlsxSheet,
    private readonly problems: ImportProblem[],
  ) {
    for (const r of sheet.rows) this.byRow.set(r.row, r.cells);
  }

  problem(row: number, code: ImportProblemCode, column?: number, limit?: number): void {
    this.problems.push({ sheet: this.sheet.name, row, ...(column ? { column: columnLetter(column) } : {}), code, ...(limit ? { limit } : {}) });
  }

  /** A cell as text ('' when empty); formulas and other non-values are problems, never read. */
  text(row: number, column: number): string | null {
    const cell = this.byRow.get(row)?.[column - 1] ?? null;
    if (cell === null) return '';
    if (typeof cell === 'string') return cell;
    if (typeof cell === 'number') return String(cell);
    this.problem(row, 'formula' in cell ? 'formula' : 'notAValue', column);
    return null;
  }

  /** A percentage: a number, or text such as "25" or "25%". */
  number(row: number, column: number): number | null {
    const cell = this.byRow.get(row)?.[column - 1] ?? null;
    if (typeof cell === 'number') return cell;
    const text = this.text(row, column);
    if (text === null) return null;
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*%?\s*$/.exec(text);
    if (m) return Number(m[1]);
    this.problem(row, text.trim() ? 'notANumber' : 'required', column);
    return null;
  }

  /** Checks a value against a domain schema, naming each broken rule at its cell. */
  check<T>(schema: z.ZodType<T>, value: unknown, row: number, columnOf: (path: PropertyKey[]) => number): T | null {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) this.problem(row, issueCode(issue.message), columnOf(issue.path));
    return null;
  }

  isBlank(row: XlsxRow): boolean {
    return row.cells.every((c) => c === null || (typeof c === 'string' && !c.trim()));
  }
}

const RULES: ReadonlySet<string> = new Set<ImportProblemCode>(['required', 'tooLong', 'negative', 'over100', 'decimals', 'notANumber', 'deductionRange']);
const issueCode = (message: string): ImportProblemCode => (RULES.has(message) ? (message as ImportProblemCode) : 'notAValue');

const FIELD_COLUMN: Record<string, number> = {
  name: COL.name,
  description: COL.description,
  weight: COL.weight,
  scoring: COL.rule,
  dataSource: COL.source,
  cycle: COL.cycle,
};

function readPost(r: SheetReader): ImportedPost | null {
  const header = r.text(SHEET.headerRow, COL.dimension);
  if (header === null || !isHeaderCell(header)) {
    r.problem(SHEET.headerRow, 'notAStandardSheet', COL.dimension);
    return null;
  }
  const name = r.text(SHEET.postRow, 2);
  const description = r.text(SHEET.descriptionRow, 2);
  const checkedName = name === null ? null : r.check(PostFields.shape.name, name, SHEET.postRow, () => 2);
  const checkedDescription = description === null ? null : r.check(PostFields.shape.description, description, SHEET.descriptionRow, () => 2);
  const fields = checkedName === null || checkedDescription === null ? null : { name: checkedName, description: checkedDescription };
  const weights = Object.fromEntries(DIMENSIONS.map((d, i) => [d, r.number(SHEET.dimensionWeightRow, 2 + i)]));
  const dimensionWeights = Object.values(weights).includes(null)
    ? null
    : r.check(DimensionWeights, weights, SHEET.dimensionWeightRow, (p) => 2 + DIMENSIONS.indexOf(p[0] as Dimension));
  const indicators = readIndicators(r);
  if (!fields || !dimensionWeights || !indicators) return null;
  return { sheet: r.sheet.name, fields, dimensionWeights, indicators };
}

function readIndicators(r: SheetReader): ImportedIndicator[] | null {
  const out: ImportedIndicator[] = [];
  let sound = true;
  const seen = new Set<string>();
  const perDimension = new Map<Dimension, number>();
  for (const row of r.sheet.rows) {
    if (row.row < SHEET.firstIndicatorRow || r.isBlank(row)) continue;
    const indicator = readIndicator(r, row.row);
    if (!indicator) {
      sound = false;
      continue;
    }
    const key = `${indicator.dimension}\u0000${indicator.fields.name}`;
    const count = (perDimension.get(indicator.dimension) ?? 0) + 1;
    perDimension.set(indicator.dimension, count);
    if (seen.has(key)) {
      r.problem(row.row, 'duplicateIndicator', COL.name);
      sound = false;
    } else if (count > LIMITS.indicatorsPerDimension) {
      r.problem(row.row, 'tooManyInDimension', COL.dimension, LIMITS.indicatorsPerDimension);
      sound = false;
    }
    seen.add(key);
    out.push(indicator);
  }
  return sound ? out : null;
}

function readIndicator(r: SheetReader, row: number): ImportedIndicator | null {
  const dimensionText = r.text(row, COL.dimension);
  const name = r.text(row, COL.name);
  const description = r.text(row, COL.description);
  const weight = r.number(row, COL.weight);
  const ruleText = r.text(row, COL.rule);
  const source = r.text(row, COL.source);
  const cycle = r.text(row, COL.cycle);
  let dimension: Dimension | undefined;
  if (dimensionText !== null) {
    dimension = dimensionOf(dimensionText);
    if (!dimension) r.problem(row, dimensionText.trim() ? 'unknownDimension' : 'required', COL.dimension);
  }
  let scoring: ScoringRule | null = null;
  if (ruleText !== null) {
    const rule = ruleOf(ruleText);
    if (rule) scoring = r.check(ScoringRule, rule, row, () => COL.rule);
    else r.problem(row, ruleText.trim() ? 'unknownRule' : 'required', COL.rule);
  }
  // Cells already named as problems are left out, so every other cell of the row is still checked.
  const values = { name, description, weight, scoring, dataSource: source === null ? null : sourceOf(source), cycle: cycle === null ? null : cycleOf(cycle) };
  const present = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null));
  const mask = Object.fromEntries(Object.keys(present).map((k) => [k, true])) as Partial<Record<keyof IndicatorFields, true>>;
  const checked = r.check(IndicatorFields.pick(mask), present, row, (p) => FIELD_COLUMN[String(p[0])] ?? COL.name);
  const fields = checked && Object.keys(present).length === Object.keys(values).length ? (checked as IndicatorFields) : null;
  return fields && dimension ? { row, dimension, fields } : null;
}

/**
 * Reads the posts of a workbook laid out as the export writes it, one sheet per post, validating every row with
 * the domain's own schemas and limits. Every problem is named by sheet, row and column; a file with any problem
 * yields no posts to apply.
 */
export function readStandardSheets(sheets: readonly XlsxSheet[]): ReadResult {
  const problems: ImportProblem[] = [];
  const posts: ImportedPost[] = [];
  const names = new Set<string>();
  for (const sheet of sheets) {
    const reader = new SheetReader(sheet, problems);
    const post = readPost(reader);
    if (!post) continue;
    if (names.has(post.fields.name)) reader.problem(SHEET.postRow, 'duplicatePost', 2);
    names.add(post.fields.name);
    posts.push(post);
  }
  return problems.length ? { posts: [], problems } : { posts, problems };
}
