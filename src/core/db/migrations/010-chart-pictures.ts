// Charts drawn for Word exports, kept so the next export of the same figures does not draw them again.
// Drawing took about a quarter of the demo self-evaluation's CPU, and every export in the app runs in a
// fresh worker, so a picture kept only in memory never served a second export. A row is keyed by the
// SHA-256 of exactly what decides its pixels (charts/cache.ts: the SVG text, the scale, the fonts and the
// renderer), so a row never stands for other figures, another period or another machine's fonts; nothing
// refers to it, and rows unused for a while are deleted after an export.
//
// Frozen history, like every migration: its checksum is in tests/integration/migrations.test.ts.
import type { Migration } from './index';

export const migration010: Migration = {
  version: 10,
  description: 'Chart pictures kept for Word exports',
  sql: `
CREATE TABLE chart_pictures (
  chart_key    TEXT PRIMARY KEY,
  png          BLOB NOT NULL,
  pixel_width  INTEGER NOT NULL,
  pixel_height INTEGER NOT NULL,
  used_at      TEXT NOT NULL
) STRICT;
`,
};
