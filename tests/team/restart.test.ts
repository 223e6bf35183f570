// The server restarted mid-session: a save while it is down is refused as 'offline' (nothing half-written,
// the words stay with the person to retry), and once it is back the same open connection works again by
// itself and live changes resume, with a note that anything may have changed meanwhile. A private cluster,
// so stopping it disturbs no other test.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { coreContext, type CoreContext } from '../../src/core/context';
import { openTeamDatabase, type PostgresDatabase } from '../../src/core/db/postgres';
import { call, dispatch } from '../../src/core/dispatch';
import { CHANGED_ENTITIES, type ChangeEvent } from '../../src/shared/events';
import type { RichDoc } from '../../src/shared/richtext';
import { startCluster, type Cluster } from '../support/postgres-cluster';
import { memberUrl, PASSWORD } from '../support/team';
import { teamDatabaseWith } from '../support/team-logins';
import { FIXED_NOW } from '../support/tempdb';

const doc = (text: string): RichDoc => ({ type: 'doc', blocks: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

let cluster: Cluster | undefined;
const opened: PostgresDatabase[] = [];
beforeAll(async () => {
  const postgres = inject('postgres');
  if (!postgres) return;
  cluster = await startCluster(postgres.bin);
  await teamDatabaseWith(cluster.adminUrl);
});
afterAll(async () => {
  for (const db of opened) await db.close().catch(() => undefined);
  cluster?.stop();
});

async function member(login: string): Promise<CoreContext & { db: PostgresDatabase }> {
  const db = await openTeamDatabase(memberUrl(cluster!.adminUrl, login));
  opened.push(db);
  return { ...coreContext({ db, now: () => FIXED_NOW, appVersion: '0.0.0-test' }), db };
}

/** What the editor does with a refused save: keep the words and try again until it goes through. */
async function retryUntilSaved<T>(save: () => Promise<T>): Promise<{ value: T; refusals: string[] }> {
  const refusals: string[] = [];
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      return { value: await save(), refusals };
    } catch (err) {
      refusals.push((err as { code?: string }).code ?? 'unknown');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`Still not saved after retrying: ${refusals.join(', ')}`);
}

describe('the server restarted mid-session', () => {
  it('refuses saves while it is down, then reconnects by itself, and live changes resume', async () => {
    const dana = await member('dana');
    const quinn = await member('quinn');
    const pack = await call(dana, 'packs.create', { title: 'SEF', frameworkId: 'ilacs-2023', period: '2026–27', asAt: '2026-11-01' });
    const areaId = (await call(dana, 'packs.get', { packId: pack.id })).areas[0]!.id;
    const heard: ChangeEvent[] = [];
    const stop = await quinn.db.listen((e) => heard.push(e));

    cluster!.kill();
    const whileDown = await dispatch(dana, 'narratives.save', { areaId, sectionId: 'what-we-know', doc: doc('Written while it was down.') });
    expect(whileDown).toMatchObject({ ok: false, error: { code: 'offline', message: expect.stringMatching(/cannot be reached just now, so that was not saved/) } });
    expect(JSON.stringify(whileDown)).not.toContain(PASSWORD);

    cluster!.start();
    const { value: saved } = await retryUntilSaved(() =>
      call(dana, 'narratives.save', { areaId, sectionId: 'what-we-know', doc: doc('Written while it was down.') }),
    );
    expect(saved.doc).toEqual(doc('Written while it was down.'));

    // The listener found the server again and said anything may have changed; then it hears new changes.
    await expect.poll(() => heard.some((e) => e.entities.length === CHANGED_ENTITIES.length), { timeout: 30_000 }).toBe(true);
    await retryUntilSaved(() => call(dana, 'packs.update', { packId: pack.id, title: 'SEF after the restart' }));
    await expect.poll(() => heard.some((e) => e.actor === 'Dana Director' && e.entities.includes('pack')), { timeout: 30_000 }).toBe(true);
    await stop();
  });
});
