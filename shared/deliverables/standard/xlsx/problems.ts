import type { SubOp } from '../../../protocol/ops.ts';

/** Why one cell or row of an imported sheet cannot be used (rules of the domain schemas keep their own names). */
export type ImportProblemCode =
  | 'formula'
  | 'notAValue'
  | 'required'
  | 'tooLong'
  | 'negative'
  | 'over100'
  | 'decimals'
  | 'notANumber'
  | 'deductionRange'
  | 'unknownDimension'
  | 'unknownRule'
  | 'notAStandardSheet'
  | 'duplicatePost'
  | 'duplicateIndicator'
  | 'tooManyInDimension'
  | 'tooManyPosts'
  | 'tooManyChanges'
  | 'tooLargeForOneChange';

/** A problem named by sheet and row (and column letter when one cell is at fault), for the preview. */
export interface ImportProblem {
  sheet: string;
  row: number;
  column?: string;
  code: ImportProblemCode;
  limit?: number;
}

/** Why a whole file is refused before any row is read. */
export type ImportRefusal = 'tooLarge' | 'notXlsx' | 'zipBomb' | 'tooManySheets' | 'tooManyRows' | 'unreadable';

export interface ImportSummary {
  postsAdded: number;
  postsChanged: number;
  indicatorsAdded: number;
  indicatorsChanged: number;
  indicatorsRemoved: number;
}

/**
 * The host's answer to an uploaded workbook: what applying it would do (the ops of one batch) or every problem.
 * Nothing is applied until the trainer confirms and the client submits the ops as one batch.
 */
export type ImportPreview =
  | { ok: true; ops: SubOp[]; summary: ImportSummary }
  | { ok: false; problems: ImportProblem[] };
