// Who is signed in to a local file: the operating system's login beside the display name from Settings,
// and no role (one person at a time does everything); no team, and nobody else present.
import { userInfo } from 'node:os';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import { call } from '../../src/core/dispatch';
import { tempContext } from '../support/tempdb';

let ctx: CoreContext;
let path: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ ctx, path, cleanup } = await tempContext()));
afterEach(async () => cleanup());

it('names the file, the login and the display name, with no role, no team and nobody else present', async () => {
  await call(ctx, 'settings.update', { displayName: 'Sam Patel' });
  expect(await call(ctx, 'session.get', {})).toEqual({ engine: 'sqlite', where: path, login: userInfo().username, name: 'Sam Patel', role: null });
  expect(await call(ctx, 'members.list', {})).toEqual([]);
  const pack = await call(ctx, 'packs.create', { title: 'SEF', frameworkId: 'ilacs-2023', period: '2026–27', asAt: '2026-11-01' });
  await call(ctx, 'presence.here', { packId: pack.id, areaId: null });
  expect(await call(ctx, 'presence.list', { packId: pack.id })).toEqual([]);
});
