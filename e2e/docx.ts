import { readFileSync } from 'node:fs';
import { readDocxBytes, type DocxText } from '../electron/host/testing/docx-text.ts';

export type { DocxText };

/** Reads a downloaded .docx as plain text (see readDocxBytes). */
export const readDocx = (file: string): Promise<DocxText> => readDocxBytes(readFileSync(file));
