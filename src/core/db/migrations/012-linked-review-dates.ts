// The review dates of linked evidence, kept beside the links so readiness can count a pack's evidence by
// reading them in order. Counting joined each of the pack's links to its item's review date: 7,465 index
// searches on the 5,000-evidence bench pack, and 5,000 more to count each item once for the whole pack,
// were 10 ms of SQLite's time in every readiness.get. Counted as key ranges of an index by area or pack
// and review date, the same counts take about 1.5 ms.
//
// link_review_dates: one row per link (area, item) with the item's review date.
// pack_review_dates: one row per pack and item linked to any of its areas, with the review date, so the
// whole pack's count takes each item once without sorting the links to find the repeats.
//
// Triggers keep both in step with evidence_links and evidence.review_due, whatever writes them (the app,
// an import, a pack copied from another, a framework move, cascades from deleting an item, an area or a
// pack). Nothing else writes them, and readiness reads nothing else for its evidence counts. On
// PostgreSQL the two are views over the same tables (postgres/012): its planner joins by hashing, so it
// has no need to store them.
//
// Frozen history, like every migration: its checksum is in tests/integration/migrations.test.ts.
import type { Migration } from './index';

export const migration012: Migration = {
  version: 12,
  description: 'Review dates of linked evidence kept for readiness counts',
  sql: `
CREATE TABLE link_review_dates (
  area_id     TEXT NOT NULL,
  evidence_id TEXT NOT NULL,
  review_due  TEXT,
  PRIMARY KEY (area_id, evidence_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX link_review_dates_by_evidence ON link_review_dates(evidence_id);
CREATE INDEX link_review_dates_by_date ON link_review_dates(area_id, review_due);

CREATE TABLE pack_review_dates (
  pack_id     TEXT NOT NULL,
  evidence_id TEXT NOT NULL,
  review_due  TEXT,
  PRIMARY KEY (pack_id, evidence_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX pack_review_dates_by_evidence ON pack_review_dates(evidence_id);
CREATE INDEX pack_review_dates_by_date ON pack_review_dates(pack_id, review_due);

INSERT INTO link_review_dates (area_id, evidence_id, review_due)
  SELECT l.area_id, l.evidence_id, e.review_due FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id;
INSERT INTO pack_review_dates (pack_id, evidence_id, review_due)
  SELECT DISTINCT a.pack_id, l.evidence_id, e.review_due
  FROM evidence_links l JOIN pack_areas a ON a.id = l.area_id JOIN evidence e ON e.id = l.evidence_id;

-- Readiness searched this index (migration 002) for each link's review date; nothing reads it now, and
-- every evidence item written updated it.
DROP INDEX evidence_freshness_by_id;

CREATE TRIGGER review_dates_link_insert AFTER INSERT ON evidence_links BEGIN
  INSERT INTO link_review_dates (area_id, evidence_id, review_due)
    SELECT NEW.area_id, NEW.evidence_id, e.review_due FROM evidence e WHERE e.id = NEW.evidence_id;
  INSERT OR IGNORE INTO pack_review_dates (pack_id, evidence_id, review_due)
    SELECT a.pack_id, NEW.evidence_id, e.review_due FROM pack_areas a, evidence e WHERE a.id = NEW.area_id AND e.id = NEW.evidence_id;
END;

-- A pack keeps an item while any of its areas still links to it. Worked out again from the links that
-- remain rather than from the area's pack, which a cascade from deleting the area may already have removed.
CREATE TRIGGER review_dates_link_delete AFTER DELETE ON evidence_links BEGIN
  DELETE FROM link_review_dates WHERE area_id = OLD.area_id AND evidence_id = OLD.evidence_id;
  DELETE FROM pack_review_dates
    WHERE evidence_id = OLD.evidence_id
      AND NOT EXISTS (SELECT 1 FROM evidence_links l JOIN pack_areas a ON a.id = l.area_id
                      WHERE l.evidence_id = OLD.evidence_id AND a.pack_id = pack_review_dates.pack_id);
END;

-- The app never moves a link (it deletes and inserts), but if anything does, the dates follow it.
CREATE TRIGGER review_dates_link_move AFTER UPDATE OF evidence_id, area_id ON evidence_links
WHEN NEW.evidence_id IS NOT OLD.evidence_id OR NEW.area_id IS NOT OLD.area_id BEGIN
  DELETE FROM link_review_dates WHERE area_id = OLD.area_id AND evidence_id = OLD.evidence_id;
  DELETE FROM pack_review_dates
    WHERE evidence_id = OLD.evidence_id
      AND NOT EXISTS (SELECT 1 FROM evidence_links l JOIN pack_areas a ON a.id = l.area_id
                      WHERE l.evidence_id = OLD.evidence_id AND a.pack_id = pack_review_dates.pack_id);
  INSERT INTO link_review_dates (area_id, evidence_id, review_due)
    SELECT NEW.area_id, NEW.evidence_id, e.review_due FROM evidence e WHERE e.id = NEW.evidence_id;
  INSERT OR IGNORE INTO pack_review_dates (pack_id, evidence_id, review_due)
    SELECT a.pack_id, NEW.evidence_id, e.review_due FROM pack_areas a, evidence e WHERE a.id = NEW.area_id AND e.id = NEW.evidence_id;
END;

CREATE TRIGGER review_dates_evidence_update AFTER UPDATE OF review_due ON evidence
WHEN NEW.review_due IS NOT OLD.review_due BEGIN
  UPDATE link_review_dates SET review_due = NEW.review_due WHERE evidence_id = NEW.id;
  UPDATE pack_review_dates SET review_due = NEW.review_due WHERE evidence_id = NEW.id;
END;

-- An area that moves to another pack would take its links with it; the app never does this, but then too
-- the pack's dates are worked out again from the links.
CREATE TRIGGER review_dates_area_move AFTER UPDATE OF pack_id ON pack_areas
WHEN NEW.pack_id IS NOT OLD.pack_id BEGIN
  DELETE FROM pack_review_dates
    WHERE pack_id = OLD.pack_id
      AND NOT EXISTS (SELECT 1 FROM evidence_links l JOIN pack_areas a ON a.id = l.area_id
                      WHERE l.evidence_id = pack_review_dates.evidence_id AND a.pack_id = OLD.pack_id);
  INSERT OR IGNORE INTO pack_review_dates (pack_id, evidence_id, review_due)
    SELECT NEW.pack_id, l.evidence_id, e.review_due FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id
    WHERE l.area_id = NEW.id;
END;
`,
};
