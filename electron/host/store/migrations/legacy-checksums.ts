/**
 * sha256 of the SQL of migrations released before schema_migrations had a checksum column. Libraries from that time
 * get these values filled in, so an edited file is caught in them too. Never edit: these are history.
 */
export const LEGACY_CHECKSUMS: Readonly<Record<number, string>> = {
  1: '481e72c377314333efd96ad17ae2947d87c631efd2a3bc10cdd0129f082aaac8',
};
