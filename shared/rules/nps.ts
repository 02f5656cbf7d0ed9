/** What a pasted or typed list of 0–10 answers says: the scores it holds and the pieces that are not scores. */
export interface ParsedScores {
  scores: number[];
  rejected: string[];
}

/** Splits on anything that is not part of a number (commas, spaces, new lines, Chinese punctuation). */
export function parseScores(text: string): ParsedScores {
  const scores: number[] = [];
  const rejected: string[] = [];
  for (const piece of text.split(/[\s,，、;；]+/).filter(Boolean)) {
    const n = /^\d{1,2}$/.test(piece) ? Number(piece) : NaN;
    if (Number.isInteger(n) && n >= 0 && n <= 10) scores.push(n);
    else rejected.push(piece);
  }
  return { scores, rejected };
}

export interface NpsResult {
  count: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Shares in percent (0–100), unrounded. */
  promoterPct: number;
  passivePct: number;
  detractorPct: number;
  /** % promoters − % detractors, from −100 to 100; null with no answers. */
  nps: number | null;
  /** How many answers gave each score 0..10. */
  distribution: number[];
}

/** Net promoter score: promoters answer 9–10, passives 7–8, detractors 0–6. */
export function npsOf(scores: readonly number[]): NpsResult {
  const distribution = Array.from({ length: 11 }, () => 0);
  for (const s of scores) distribution[s]! += 1;
  const count = scores.length;
  const promoters = distribution[9]! + distribution[10]!;
  const passives = distribution[7]! + distribution[8]!;
  const detractors = count - promoters - passives;
  const pct = (n: number) => (count ? (n / count) * 100 : 0);
  return {
    count,
    promoters,
    passives,
    detractors,
    promoterPct: pct(promoters),
    passivePct: pct(passives),
    detractorPct: pct(detractors),
    nps: count ? pct(promoters) - pct(detractors) : null,
    distribution,
  };
}
