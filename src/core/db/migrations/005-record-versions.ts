// Versions on the other records people edit at the same time: an action, an evidence item, and a pack's
// own details (apart from the pack's version, which every narrative save moves on). A save made against
// a version someone else has since moved on is refused, with their values and name, instead of silently
// replacing them. Frozen history, like every migration.
import type { Migration } from './index';

export const migration005: Migration = {
  version: 5,
  description: 'Versions on actions, evidence and pack details',
  sql: `
ALTER TABLE packs ADD COLUMN details_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE evidence ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE actions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
`,
};
