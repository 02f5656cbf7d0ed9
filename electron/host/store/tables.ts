import type { CollectionName, EntityOf } from '../../../shared/core/doc.ts';
import { kpisTable, roundsTable, scoreSheetsTable, tiersTable } from '../deliverables/playbook/practice-tables.ts';
import { scenariosTable, scriptLinesTable } from '../deliverables/playbook/scenario-tables.ts';
import { agendaClocksTable, agendaStepsTable } from '../deliverables/agenda/tables.ts';
import { homeworkActionsTable, homeworkDepartmentsTable } from '../deliverables/homework/tables.ts';
import { indicatorsTable, postsTable } from '../deliverables/standard/tables.ts';
import { artifactsTable, teamsTable } from '../deliverables/workshop/tables.ts';
import { journeyCardsTable, journeyLinksTable, journeyStagesTable } from '../deliverables/journey/tables.ts';
import { strategyMeasuresTable } from '../deliverables/motStrategy/tables.ts';
import { activitiesTable, classroomsTable, notesTable, participantsTable, responsesTable, votesTable } from '../deliverables/classroom/tables.ts';
import type { TableMap } from './table-map.ts';

/** Where each collection is stored; a collection added to a module without its table here is a type error. */
export const TABLES: { [C in CollectionName]: TableMap<EntityOf<C>> } = {
  teams: teamsTable,
  artifacts: artifactsTable,
  posts: postsTable,
  indicators: indicatorsTable,
  scenarios: scenariosTable,
  scriptLines: scriptLinesTable,
  tiers: tiersTable,
  kpis: kpisTable,
  rounds: roundsTable,
  scoreSheets: scoreSheetsTable,
  agendaSteps: agendaStepsTable,
  agendaClocks: agendaClocksTable,
  homeworkDepartments: homeworkDepartmentsTable,
  homeworkActions: homeworkActionsTable,
  journeyStages: journeyStagesTable,
  journeyCards: journeyCardsTable,
  journeyLinks: journeyLinksTable,
  strategyMeasures: strategyMeasuresTable,
  participants: participantsTable,
  classrooms: classroomsTable,
  activities: activitiesTable,
  notes: notesTable,
  votes: votesTable,
  responses: responsesTable,
};
