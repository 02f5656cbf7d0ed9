/**
 * A workshop's industry (hotel, property management, …), which chooses the example posts, suggested indicators and
 * the Word file's dimension examples. Workshops made before it are 'general'. Released migrations never change.
 */
export default {
  version: 7,
  name: 'workshop-industry',
  sql: `ALTER TABLE workshops ADD COLUMN industry TEXT NOT NULL DEFAULT 'general'
    CHECK (industry IN ('hotel', 'property', 'telecom', 'carDealer', 'realEstate', 'airline', 'general'));`,
};
