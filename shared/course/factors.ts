import { z } from 'zod';

/** The 8 perceived-satisfaction factors: four values that raise perceived value, four costs that lower it. */
export const FACTORS = ['brand', 'service', 'people', 'image', 'money', 'time', 'effort', 'worry'] as const;
export const Factor = z.enum(FACTORS);
export type Factor = z.infer<typeof Factor>;

export const factorKind = (f: Factor): 'value' | 'cost' => (FACTORS.indexOf(f) < 4 ? 'value' : 'cost');
