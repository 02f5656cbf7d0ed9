import { afterSales } from './after-sales.ts';
import { airline } from './airline.ts';
import { carSales } from './car-sales.ts';
import { hotel } from './hotel.ts';
import { propertyManagement } from './property.ts';
import { realEstateHandover } from './real-estate.ts';
import type { JourneyTemplate } from './schema.ts';
import { telecom } from './telecom.ts';

/** The starting journeys, in the order the course meets them (its cases first, then the seeds' processes). */
export const JOURNEY_TEMPLATES: readonly JourneyTemplate[] = [airline, hotel, propertyManagement, telecom, carSales, afterSales, realEstateHandover];

export const findJourneyTemplate = (id: string): JourneyTemplate | undefined => JOURNEY_TEMPLATES.find((t) => t.id === id);
