// A new database with one ILACS 2023 pack made through the contract, and its help and protection area:
// the start of the tests of review, versions and claims, on either engine.
import type { CoreContext } from '../../src/core/context';
import { call } from '../../src/core/dispatch';
import { tempContext } from './tempdb';

export interface OnePack {
  ctx: CoreContext;
  cleanup: () => Promise<void>;
  packId: string;
  /** The pack's "help and protection" area. */
  areaId: string;
}

export async function databaseWithOnePack(): Promise<OnePack> {
  const { ctx, cleanup } = await tempContext();
  const pack = await call(ctx, 'packs.create', { title: 'SEF 2026–27', frameworkId: 'ilacs-2023', period: '2026–27', asAt: '2026-11-01' });
  const areaId = (await call(ctx, 'packs.get', { packId: pack.id })).areas.find((a) => a.areaKey === 'help-and-protection')!.id;
  return { ctx, cleanup, packId: pack.id, areaId };
}
