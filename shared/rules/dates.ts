/** A course cannot end before it starts; an unset date (empty) is never out of order. ISO dates compare as text. */
export const datesInOrder = (startDate: string, endDate: string): boolean => !startDate || !endDate || endDate >= startDate;
