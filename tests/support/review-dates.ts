// The review dates kept for readiness's counts (migration 012: tables kept by triggers on SQLite, views
// on PostgreSQL), checked against the same worked out from the links and the evidence as they are.
import { expect } from 'vitest';
import type { ReadQueries } from '../../src/core/db/port';

export async function expectKeptReviewDatesAgree(db: Pick<ReadQueries, 'all'>, when: string): Promise<void> {
  const kept = {
    links: await db.all('SELECT area_id, evidence_id, review_due FROM link_review_dates ORDER BY area_id, evidence_id'),
    packs: await db.all('SELECT pack_id, evidence_id, review_due FROM pack_review_dates ORDER BY pack_id, evidence_id'),
  };
  const workedOut = {
    links: await db.all(
      'SELECT l.area_id, l.evidence_id, e.review_due FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id ORDER BY l.area_id, l.evidence_id',
    ),
    packs: await db.all(
      `SELECT DISTINCT a.pack_id, l.evidence_id, e.review_due FROM evidence_links l JOIN pack_areas a ON a.id = l.area_id
       JOIN evidence e ON e.id = l.evidence_id ORDER BY a.pack_id, l.evidence_id`,
    ),
  };
  expect(kept, `kept review dates ${when}`).toEqual(workedOut);
}
