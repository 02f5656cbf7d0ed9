import m0001 from './0001-init.ts';
import m0002 from './0002-application-id.ts';
import m0003 from './0003-teams-artifacts-order-sessions.ts';
import m0004 from './0004-complaint-playbook.ts';
import m0005 from './0005-agenda-homework.ts';
import m0006 from './0006-journey-strategy.ts';
import m0007 from './0007-workshop-industry.ts';
import m0008 from './0008-classroom-activities.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** In order; a test checks versions are 1..n without gaps. */
export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008];
