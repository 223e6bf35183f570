// A team database under load: 10 people saving at once, 100 narrative saves each, against a PostgreSQL
// server on this machine (a throwaway cluster, as the tests use). Prints throughput and the 95th
// percentile of one save as each person waited for it.
import { coreContext, type CoreContext } from '../../../src/core/context';
import { openTeamDatabase, type PostgresDatabase } from '../../../src/core/db/postgres';
import { call } from '../../../src/core/dispatch';
import { addMember, initTeamDatabase } from '../../../src/core/team/admin';
import { findPostgres, startCluster } from '../../support/postgres-cluster';
import { memberUrl, PASSWORD } from '../../support/team-logins';
import type { Section } from '../section';

const EDITORS = 10;
const SAVES = 100;

export const teamDatabaseSection: Section = {
  name: 'team-database',
  title: `A team database: ${EDITORS} people saving at once, ${SAVES} saves each (local PostgreSQL)`,
  async run(bench) {
    const found = findPostgres();
    if ('missing' in found) {
      bench.record({ label: 'Skipped', ms: 0, note: found.missing });
      return;
    }
    const cluster = await startCluster(found.bin);
    const opened: PostgresDatabase[] = [];
    try {
      await initTeamDatabase(cluster.adminUrl);
      const editors: CoreContext[] = [];
      for (let n = 0; n < EDITORS; n++) {
        await addMember(cluster.adminUrl, { login: `editor${n}`, role: 'quality_lead', password: PASSWORD, displayName: `Editor ${n}` });
        const db = await openTeamDatabase(memberUrl(cluster.adminUrl, `editor${n}`), { poolSize: 2 });
        opened.push(db);
        editors.push(coreContext({ db, appVersion: '0.0.0-bench' }));
      }
      const pack = await call(editors[0]!, 'packs.create', { title: 'Load', frameworkId: 'ilacs-2023', period: '2026–27', asAt: '2026-11-23' });
      const { areas } = await call(editors[0]!, 'packs.get', { packId: pack.id });
      const latencies: number[] = [];
      const started = performance.now();
      await Promise.all(
        editors.map(async (ctx, n) => {
          // Each person writes their own section, as a team drafting different areas does; every save also
          // moves the pack's version on, so they all meet on the same pack row.
          const area = areas[n % areas.length]!;
          const sectionId = ['what-we-know', 'how-we-know', 'plans'][Math.floor(n / areas.length) % 3]!;
          for (let i = 0; i < SAVES; i++) {
            const doc = { type: 'doc' as const, blocks: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: `Editor ${n}, save ${i}.` }] }] };
            const t = performance.now();
            await call(ctx, 'narratives.save', { areaId: area.id, sectionId, doc });
            latencies.push(performance.now() - t);
          }
        }),
      );
      const elapsed = performance.now() - started;
      latencies.sort((a, b) => a - b);
      const total = EDITORS * SAVES;
      bench.record({ label: `${total.toLocaleString('en-GB')} saves by ${EDITORS} people at once, in all`, ms: elapsed, note: `${(total / (elapsed / 1000)).toFixed(0)} saves a second` });
      bench.record({ label: 'One save, median', ms: latencies[Math.floor(latencies.length / 2)]! });
      bench.record({ label: 'One save, 95th percentile', ms: latencies[Math.floor(latencies.length * 0.95)]! });
    } finally {
      for (const db of opened) await db.close().catch(() => undefined);
      cluster.stop();
    }
  },
};
