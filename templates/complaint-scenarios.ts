import type { ScenarioTemplate } from '../shared/deliverables/playbook/library.ts';
import { airlineScenarios } from './complaint-scenarios/airline.ts';
import { applianceScenarios } from './complaint-scenarios/appliance.ts';
import { autoScenarios } from './complaint-scenarios/auto.ts';
import { bankScenarios } from './complaint-scenarios/bank.ts';
import { hotelScenarios } from './complaint-scenarios/hotel.ts';
import { propertyScenarios } from './complaint-scenarios/property.ts';
import { telecomScenarios } from './complaint-scenarios/telecom.ts';

/**
 * Typical complaint scenarios for lecture 4's on-site assignment, one or two per complaint type, set in the
 * industries of the course's cases (one file per industry). Each is a starting point: a team takes it into its
 * playbook, in the workshop's language, and rewrites the lines in its own words.
 */
export const SCENARIO_TEMPLATES: ScenarioTemplate[] = [
  ...propertyScenarios,
  ...autoScenarios,
  ...telecomScenarios,
  ...airlineScenarios,
  ...bankScenarios,
  ...hotelScenarios,
  ...applianceScenarios,
];
