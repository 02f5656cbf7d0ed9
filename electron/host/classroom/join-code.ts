import { randomInt } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../../shared/protocol/classroom.ts';
import { tokenMatches } from '../server/auth.ts';

/** A fresh join code: each character drawn uniformly (crypto.randomInt has no modulo bias) from the unambiguous alphabet. */
export const newJoinCode = (): string =>
  Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join('');

/** Compared in constant time, so response times do not reveal how many leading characters were right. */
export const joinCodeMatches = (expected: string, given: string): boolean => tokenMatches(expected, given);
