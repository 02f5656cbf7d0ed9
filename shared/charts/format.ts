import { round2 } from '../rules/weights.ts';

/** A weight as people read it on the wall and in Word: 25 → "25%", 33.333 → "33.33%". */
export const percent = (weight: number): string => `${round2(weight)}%`;
