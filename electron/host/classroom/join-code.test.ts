import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, JoinCode } from '../../../shared/protocol/classroom.ts';
import { joinCodeMatches, newJoinCode } from './join-code.ts';

describe('join codes cannot be guessed or misread', () => {
  it('are 8 characters of the unambiguous alphabet (no 0/O, 1/I/L), about 39.6 bits', () => {
    for (let i = 0; i < 1000; i++) expect(newJoinCode()).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(JOIN_CODE_LENGTH * Math.log2(JOIN_CODE_ALPHABET.length)).toBeGreaterThan(39.5);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01ILO]/);
  });

  it('do not repeat, and every character of the alphabet is about equally likely in every position', () => {
    const codes = Array.from({ length: 20_000 }, newJoinCode);
    expect(new Set(codes).size).toBe(codes.length);
    // 20,000 draws per position over 31 letters: about 645 each; a biased generator (modulo bias, a fixed
    // position) lands far outside ±25 %.
    for (let position = 0; position < JOIN_CODE_LENGTH; position++) {
      const counts = new Map<string, number>();
      for (const code of codes) counts.set(code[position], (counts.get(code[position]) ?? 0) + 1);
      expect(counts.size).toBe(JOIN_CODE_ALPHABET.length);
      for (const count of counts.values()) {
        expect(count).toBeGreaterThan(645 * 0.75);
        expect(count).toBeLessThan(645 * 1.25);
      }
    }
  });

  it('match only the exact code; what a phone keyboard adds (lower case, spaces, a dash) is forgiven', () => {
    const code = newJoinCode();
    expect(joinCodeMatches(code, code)).toBe(true);
    const typed = JoinCode.parse(`${code.slice(0, 4).toLowerCase()} - ${code.slice(4)}`);
    expect(joinCodeMatches(code, typed)).toBe(true);
    const other = code.slice(0, 7) + (code[7] === '2' ? '3' : '2');
    expect(joinCodeMatches(code, other)).toBe(false);
    expect(joinCodeMatches(code, code.slice(0, 7))).toBe(false);
    expect(joinCodeMatches(code, '')).toBe(false);
  });
});
