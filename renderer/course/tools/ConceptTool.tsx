import type { ComponentType } from 'react';
import type { ConceptTool } from '../../../shared/course/curriculum.ts';
import { DecayPanel, EightFactorsPanel, FiveGapsPanel, PeakEndPanel, ServqualPanel } from './ConceptPanels.tsx';
import { NpsCalculator } from './NpsCalculator.tsx';

/** Each concept tool a curriculum step can open; a tool added to the schema without a panel here is a type error. */
export const TOOL_PANELS: Record<ConceptTool, ComponentType> = {
  nps: NpsCalculator,
  servqual: ServqualPanel,
  eightFactors: EightFactorsPanel,
  decay: DecayPanel,
  fiveGaps: FiveGapsPanel,
  peakEnd: PeakEndPanel,
};
