import { describe, expect, it } from 'vitest';
import { filenameFromDisposition, safeFilename } from './filename.ts';

describe('filenameFromDisposition', () => {
  it('prefers the UTF-8 extended name', () => {
    const header = `attachment; filename="standard.docx"; filename*=UTF-8''${encodeURIComponent('某公司-考核标准.docx')}`;
    expect(filenameFromDisposition(header)).toBe('某公司-考核标准.docx');
  });

  it('reads a quoted plain name, with escapes', () => {
    expect(filenameFromDisposition('attachment; filename="a \\"b\\".docx"')).toBe('a _b_.docx');
    expect(filenameFromDisposition('attachment; filename="report.docx"')).toBe('report.docx');
  });

  it('reads an unquoted plain name', () => {
    expect(filenameFromDisposition('attachment; filename=report.docx')).toBe('report.docx');
  });

  it('falls back to the plain name when the extended one cannot be decoded', () => {
    expect(filenameFromDisposition("attachment; filename=x.docx; filename*=UTF-8''%E0%A4%A")).toBe('x.docx');
  });

  it('gives null without a name', () => {
    expect(filenameFromDisposition(null)).toBeNull();
    expect(filenameFromDisposition('attachment')).toBeNull();
  });

  it('never lets a name climb out of the download folder', () => {
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(filenameFromDisposition(`attachment; filename*=UTF-8''..%2F..%2Fevil.docx`)).toBe('evil.docx');
  });
});

describe('safeFilename', () => {
  it('replaces reserved characters and keeps Chinese', () => {
    expect(safeFilename('A:B*满意度?.docx')).toBe('A_B_满意度_.docx');
  });
  it('falls back when nothing is left', () => {
    expect(safeFilename('...', 'x.docx')).toBe('x.docx');
  });
});
