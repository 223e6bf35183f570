// SQLite migration 010 (chart pictures kept for Word exports) on PostgreSQL: the same table, the picture
// bytea, keys and times in the "C" collation, a rowid as in 001. Everyone's exports use the kept
// pictures, and nothing checks a picture against its key, so only the roles trusted with what every
// document looks like (those choosing the Word templates: directors and quality leads) may keep them;
// anyone else's export draws what is not kept and keeps nothing.
import type { Migration } from '../index';

export const postgresMigration010: Migration = {
  version: 10,
  description: 'Chart pictures kept for Word exports',
  sql: `
CREATE TABLE chart_pictures (
  chart_key    text COLLATE "C" PRIMARY KEY,
  png          bytea NOT NULL,
  pixel_width  integer NOT NULL,
  pixel_height integer NOT NULL,
  used_at      text COLLATE "C" NOT NULL,
  rowid        bigint GENERATED ALWAYS AS IDENTITY
);

GRANT SELECT ON chart_pictures TO sef_director, sef_quality_lead, sef_author, sef_reader;
GRANT INSERT, UPDATE, DELETE ON chart_pictures TO sef_director, sef_quality_lead;
`,
};
