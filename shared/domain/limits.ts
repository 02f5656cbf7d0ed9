/** Limits stated to the user (UI hints, rejection messages) and enforced by the schemas. */
export const LIMITS = {
  shortText: 80,
  longText: 2000,
  postsPerWorkshop: 30,
  indicatorsPerDimension: 20,
  weightMax: 100,
  deductionMax: 100,
  /** Largest WebSocket frame the host reads; bigger frames close the connection (code 1009). */
  frameBytes: 256 * 1024,
} as const;
