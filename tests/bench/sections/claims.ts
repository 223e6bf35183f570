// Readiness flags on the large pack (5 areas, 2,000 evidence items, 300 actions, 60,000 words of narrative,
// a year and a half of quarterly figures for every library indicator and its comparators): the paragraph-
// level checks of claims against evidence and figures, alone and as part of readiness.get.
import { call } from '../../../src/core/dispatch';
import { populateLargePack } from '../../../src/core/demo/large';
import { INDICATOR_LIBRARY } from '../../../src/core/indicators/library';
import { packClaimFlags } from '../../../src/core/indicators/claims';
import type { IndicatorValueInput } from '../../../src/shared/indicators/values';
import type { Section } from '../section';

const QUARTER_ENDS = ['2025-06-30', '2025-09-30', '2025-12-31', '2026-03-31', '2026-06-30', '2026-09-30'];

function figures(): IndicatorValueInput[] {
  return INDICATOR_LIBRARY.indicators.flatMap((indicator, i) =>
    QUARTER_ENDS.flatMap((end, q) =>
      (['council', 'england', 'region', 'statistical_neighbours'] as const).map((comparator, c) => ({
        indicatorId: indicator.id,
        comparator,
        periodKind: 'quarter' as const,
        periodEnd: end,
        value: Math.min(99, 10 + ((i * 7 + q * 3 + c * 5) % 60)),
        source: 'Benchmark',
        extractedOn: '2026-10-20',
      })),
    ),
  );
}

export const claimsSection: Section = {
  name: 'claims',
  title: 'Readiness flags (claims checked against evidence and figures) on the large pack',
  async run(bench) {
    const ctx = await bench.newDatabase();
    const { packId } = await bench.time('Create the large pack: 2,000 evidence, 300 actions, 60,000 words', () =>
      populateLargePack(ctx, { evidence: 2000, actions: 300, narrativeWords: 60_000 }),
    );
    await bench.time('Import the figures (indicators.setValues)', () => call(ctx, 'indicators.setValues', { values: figures() }), (r) => `${r.created} figures`);
    await bench.median('The claim checks alone (packClaimFlags)', 5, () => ctx.db.read((q) => packClaimFlags(q, packId)), (flags) => {
      const kinds = new Map<string, number>();
      for (const f of flags) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
      return `${flags.length} flags: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}`;
    });
    await bench.median('readiness.get with its flags', 5, () => call(ctx, 'readiness.get', { packId }));
  },
};
