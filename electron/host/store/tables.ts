import type { CollectionName, EntityOf } from '../../../shared/core/doc.ts';
import { indicatorsTable, postsTable } from '../deliverables/standard/tables.ts';
import { artifactsTable, teamsTable } from '../deliverables/workshop/tables.ts';
import { journeyCardsTable, journeyLinksTable, journeyStagesTable } from '../deliverables/journey/tables.ts';
import { strategyMeasuresTable } from '../deliverables/motStrategy/tables.ts';
import type { TableMap } from './table-map.ts';

/** Where each collection is stored; a collection added to a module without its table here is a type error. */
export const TABLES: { [C in CollectionName]: TableMap<EntityOf<C>> } = {
  teams: teamsTable,
  artifacts: artifactsTable,
  posts: postsTable,
  indicators: indicatorsTable,
  journeyStages: journeyStagesTable,
  journeyCards: journeyCardsTable,
  journeyLinks: journeyLinksTable,
  strategyMeasures: strategyMeasuresTable,
};
