// The interchange format: dump a database to a pack file and import one into a new database.
// See resources/interchange/README.md.
export { dumpDatabase, packFileText } from './dump';
export { importPackFile, parsePackFile, type ImportSummary } from './import';
export { PACK_FORMAT, PACK_FORMAT_VERSION, PackFileSchema, type PackFile } from './schema';
