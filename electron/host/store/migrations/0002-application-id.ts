import { APPLICATION_ID } from '../application-id.ts';

/**
 * Marks the file as a Satisfy Studio library in SQLite's header, so a file of another program is recognised
 * (and refused) before anything is written to it. Released migrations never change: add a new numbered file instead.
 */
export default {
  version: 2,
  name: 'application-id',
  sql: `PRAGMA application_id = ${APPLICATION_ID};`,
};
