/** `PRAGMA application_id` of every library: "SaSt" in ASCII. Never change it: old libraries carry it. */
export const APPLICATION_ID = 0x53615374;
