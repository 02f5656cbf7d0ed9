/** The five SERVQUAL dimensions in the order the course teaches them (第二讲). */
export const DIMENSIONS = ['tangibles', 'assurance', 'responsiveness', 'reliability', 'empathy'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
