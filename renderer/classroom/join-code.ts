import { JOIN_CODE_FRAGMENT } from '../../shared/protocol/classroom.ts';

/** The join code in groups of four ("K7M4 Q2XP"): read aloud and copied from the back row without losing one's place. */
export const spacedCode = (code: string): string => code.match(/.{1,4}/g)?.join(' ') ?? code;

/** The link the QR code carries: the join address plus the code, so a scanning phone need not type it. */
export const joinLink = (joinUrl: string, code: string): string =>
  `${joinUrl.split('#')[0]}#${JOIN_CODE_FRAGMENT}=${encodeURIComponent(code)}`;
