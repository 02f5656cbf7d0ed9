import { playbookCollections } from './playbook/schemas.ts';
import { agendaCollections } from './agenda/schemas.ts';
import { homeworkCollections } from './homework/schemas.ts';
import { standardCollections } from './standard/schemas.ts';
import { workshopCollections } from './workshop/schemas.ts';
import { journeyCollections } from './journey/schemas.ts';
import { strategyCollections } from './motStrategy/schemas.ts';
import { classroomCollections } from './classroom/schemas.ts';
import { activityCollections } from './activities/schemas.ts';

/** Every entity collection a workshop holds: one line per deliverable module. */
export const COLLECTION_SCHEMAS = { ...workshopCollections, ...standardCollections, ...playbookCollections, ...agendaCollections, ...homeworkCollections, ...journeyCollections, ...strategyCollections, ...classroomCollections, ...activityCollections };
