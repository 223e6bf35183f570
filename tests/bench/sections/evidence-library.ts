// A large evidence library: how long it takes to open a new database, fill it (populateLargePack from the
// demo), and ask the questions the interface asks most (readiness, search, the full list).
import { call } from '../../../src/core/dispatch';
import { populateLargePack } from '../../../src/core/demo/large';
import type { Section } from '../section';

const fmt = (n: number) => n.toLocaleString('en-GB');

export function evidenceLibrarySection(count: number): Section {
  return {
    name: `evidence-${count}`,
    title: `Evidence library of ${fmt(count)} items`,
    async run(bench) {
      const ctx = await bench.newDatabase();
      const sizes = { evidence: count, actions: Math.round(count / 25), narrativeWords: count * 4 };
      const { packId } = await bench.time(
        `Create a pack with ${fmt(count)} evidence items (one transaction), ${fmt(sizes.actions)} actions, ${fmt(sizes.narrativeWords)} narrative words`,
        () => populateLargePack(ctx, sizes),
        (p) => `${fmt(p.links)} links`,
      );
      await bench.time('evidence.create through the contract, 200 items one by one', async () => {
        for (let i = 0; i < 200; i++)
          await call(ctx, 'evidence.create', { title: `Added one by one ${i}`, type: 'other', owner: 'Benchmark' });
      });
      await bench.time('readiness.get (first call)', () => call(ctx, 'readiness.get', { packId }));
      await bench.median('readiness.get', 5, () => call(ctx, 'readiness.get', { packId }));
      await bench.median(
        'evidence.list with text "supervision" (full-text search, first page)',
        5,
        () => call(ctx, 'evidence.list', { packId, text: 'supervision' }),
        (r) => `${fmt(r.total)} matches, ${fmt(r.items.length)} rows returned`,
      );
      await bench.median(
        'evidence.list with text "care leavers" sorted by review date',
        5,
        () => call(ctx, 'evidence.list', { packId, text: 'care leavers', sort: 'reviewDue' }),
        (r) => `${fmt(r.total)} matches`,
      );
      const all = Math.min(count + 200, 20_000);
      await bench.median(
        `evidence.list of every item (limit ${fmt(all)})`,
        3,
        () => call(ctx, 'evidence.list', { packId, limit: all }),
        (r) => `${fmt(r.items.length)} rows returned`,
      );
    },
  };
}
