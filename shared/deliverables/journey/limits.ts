/** What one journey map may hold: room for a detailed class map (300 cards) with headroom, not for a runaway script. */
export const JOURNEY_LIMITS = {
  stagesPerJourney: 12,
  cardsPerJourney: 400,
  linksPerJourney: 800,
  indicatorsPerCard: 10,
} as const;
