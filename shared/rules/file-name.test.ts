import { describe, expect, it } from 'vitest';
import { cleanFileName } from './file-name.ts';

describe('cleanFileName', () => {
  it('keeps Chinese and replaces what file systems refuse', () => {
    expect(cleanFileName('成果1_考核标准.docx')).toBe('成果1_考核标准.docx');
    expect(cleanFileName('A:B*满意度?.docx')).toBe('A_B_满意度_.docx');
  });
  it('never yields a path, a trailing dot or an empty name', () => {
    expect(cleanFileName('../../evil.docx')).toBe('.._.._evil.docx');
    expect(cleanFileName('Ltd. ')).toBe('Ltd');
    expect(cleanFileName('..')).toBeNull();
    expect(cleanFileName('...')).toBeNull();
    expect(cleanFileName('   ')).toBeNull();
    expect(cleanFileName('长'.repeat(300))).toHaveLength(150);
  });
});
