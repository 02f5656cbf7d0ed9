/** Limits stated to the user (UI hints, rejection messages) and enforced by the schemas. */
export const LIMITS = {
  shortText: 80,
  /** A data source or cycle of the trainer's own wording. */
  choiceText: 40,
  longText: 2000,
  postsPerWorkshop: 30,
  indicatorsPerDimension: 20,
  teamsPerWorkshop: 20,
  artifactsPerWorkshop: 60,
  /** Changes one batch op may carry (six suggested indicators, ten moved cards… well under this). */
  opsPerBatch: 500,
  weightMax: 100,
  deductionMax: 100,
  /** Largest WebSocket frame the host reads; bigger frames close the connection (code 1009). */
  frameBytes: 256 * 1024,
} as const;
