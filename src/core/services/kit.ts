// The inspection-day kit: a checklist of what the council produces when Ofsted calls, who prepares each
// part and where it has got, exported to Word for the day. Changes are recorded in the history like any
// other; nothing about a child is ever stored here.
import { change } from '../change';
import { newId, today } from '../context';
import { AppError, notFound } from '../errors';
import { databaseFiles, writeFileSafely } from '../files/write';
import type { HandlersFor } from '../handlers';
import { SELF_EVALUATION_KEY } from '../kit/defaults';
import { kitDocx } from '../kit/document';
import { isOwnItem, kitItem, orderOf, OWN_PREFIX, readKit, storeItem } from '../kit/items';
import { readSettings } from './settings';

type KitOp = 'kit.get' | 'kit.updateItem' | 'kit.addItem' | 'kit.removeItem' | 'kit.export';

const ENTITY = 'kit';

export const kitHandlers: HandlersFor<KitOp> = {
  'kit.get': (_input, ctx) => ctx.db.read((q) => readKit(q)),

  'kit.updateItem': ({ key, ...patch }, ctx) =>
    change(ctx, async (c) => {
      const item = await kitItem(c.tx, key);
      if (!item) throw notFound('That item of the inspection-day kit');
      if (patch.title !== undefined && !item.own)
        throw new AppError('invalid_input', 'SEF Studio’s own items keep their titles. Add an item of your own for something else, and mark this one not needed.', {
          title: 'This title cannot be changed',
        });
      if (key === SELF_EVALUATION_KEY && patch.status !== undefined)
        throw new AppError('invalid_input', 'The self-evaluation is ready once a pack is approved; its status follows the packs.', {
          status: 'Approve a pack to make this ready',
        });
      const changed = (Object.keys(patch) as (keyof typeof patch)[]).filter((k) => patch[k] !== undefined && patch[k] !== item[k]);
      const next = { ...item, ...Object.fromEntries(changed.map((k) => [k, patch[k]])) };
      if (!changed.length) return item;
      await storeItem(c.tx, next, await orderOf(c.tx, key), c.at, c.actor);
      await c.record({
        entity: ENTITY,
        entityId: key,
        action: `Changed ${changed.map((k) => (k === 'due' ? 'when it is needed' : k)).join(' and ')} of “${item.title}”`,
        before: Object.fromEntries(changed.map((k) => [k, item[k]])),
        after: Object.fromEntries(changed.map((k) => [k, next[k]])),
      });
      return (await kitItem(c.tx, key))!;
    }),

  'kit.addItem': ({ section, title, due, owner }, ctx) =>
    change(ctx, async (c) => {
      const key = `${OWN_PREFIX}${newId()}`;
      const item = { key, section, title, due, owner, status: 'not_started' as const, note: '', own: true, updatedAt: c.at, updatedBy: c.actor };
      await storeItem(c.tx, item, await orderOf(c.tx, key), c.at, c.actor);
      await c.record({ entity: ENTITY, entityId: key, action: 'Added an item to the inspection-day kit', after: { section, title, due, owner } });
      return (await kitItem(c.tx, key))!;
    }),

  'kit.removeItem': ({ key }, ctx) =>
    change(ctx, async (c) => {
      const item = await kitItem(c.tx, key);
      if (!item) throw notFound('That item of the inspection-day kit');
      if (!isOwnItem(key))
        throw new AppError('invalid_input', 'SEF Studio’s own items stay in the kit; mark this one not needed instead.');
      await c.tx.run('DELETE FROM kit_items WHERE key = ?', [key]);
      await c.record({ entity: ENTITY, entityId: key, action: 'Removed an item from the inspection-day kit', before: item });
      return { done: true as const };
    }),

  'kit.export': async ({ file }, ctx) => {
    const path = ctx.files.take(file, 'export-kit');
    const { kit, settings } = await ctx.db.read(async (q) => ({ kit: await readKit(q), settings: await readSettings(q) }));
    const buffer = await kitDocx({
      kit,
      organisation: settings.organisationName.trim() || 'Organisation not set',
      marking: settings.defaultMarking,
      today: today(ctx),
    });
    const written = await writeFileSafely(path, buffer, { protectedFiles: databaseFiles(ctx.db.path), what: 'the inspection-day kit' });
    return { file: ctx.files.open(written, true), bytes: buffer.length };
  },
};
