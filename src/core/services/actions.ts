// The pack's action plan: actions with owners, due dates, RAG ratings and dated progress notes. Every
// change checks that the pack is not approved (signed-off packs are read-only).
import { change, columnsOf, diffFields, patchRecord, updatedStamp } from '../change';
import { refuseStaleSave } from '../versions';
import { newId } from '../context';
import { assertPackEditable } from '../guards';
import type { HandlersFor } from '../handlers';
import { insertRow, nextReference, updateRow } from '../records';
import { ACTION_FIELDS, actionReferences, assertActionTargets } from '../actions/changes';
import { actionById, actionsWhere, rowToNote } from '../actions/queries';

type ActionOp = 'actions.list' | 'actions.create' | 'actions.update' | 'actions.delete' | 'actions.addNote';

const ENTITY = 'action';

export const actionHandlers: HandlersFor<ActionOp> = {
  'actions.list': ({ packId }, ctx) => ctx.db.read((q) => actionsWhere(q, ctx, { packId })),

  'actions.create': ({ packId, ...fields }, ctx) =>
    change(ctx, async (c) => {
      await assertPackEditable(c.tx, packId);
      await assertActionTargets(c.tx, packId, fields);
      const id = newId();
      const reference = await nextReference(c.tx, actionReferences(packId));
      await insertRow(c.tx, 'actions', {
        id,
        pack_id: packId,
        reference,
        ...columnsOf(ACTION_FIELDS, fields),
        created_at: c.at,
        ...updatedStamp(c),
      });
      await c.record({ entity: ENTITY, entityId: id, action: 'Added action', packId, after: { reference, ...fields } });
      return actionById(c.tx, ctx, id);
    }),

  'actions.update': ({ actionId, baseVersion, ...patch }, ctx) =>
    change(ctx, async (c) => {
      const current = await actionById(c.tx, ctx, actionId);
      await assertPackEditable(c.tx, current.packId);
      await assertActionTargets(c.tx, current.packId, patch);
      refuseStaleSave({
        baseVersion, version: current.version, record: current, by: current.updatedBy, at: current.updatedAt,
        what: `the action ${current.reference}`, changes: diffFields(ACTION_FIELDS, current, patch).keys.length > 0,
      });
      const target = {
        table: 'actions',
        id: actionId,
        fields: ACTION_FIELDS,
        entity: ENTITY,
        packId: current.packId,
        stamp: { ...updatedStamp(c), version: current.version + 1 },
      };
      await patchRecord(c, target, current, patch);
      return actionById(c.tx, ctx, actionId);
    }),

  'actions.delete': ({ actionId }, ctx) =>
    change(ctx, async (c) => {
      const current = await actionById(c.tx, ctx, actionId);
      await assertPackEditable(c.tx, current.packId);
      await c.tx.run('DELETE FROM actions WHERE id = ?', [actionId]);
      await c.record({
        entity: ENTITY,
        entityId: actionId,
        action: 'Deleted action',
        packId: current.packId,
        before: current,
      });
      return { done: true as const };
    }),

  'actions.addNote': ({ actionId, date, text }, ctx) =>
    change(ctx, async (c) => {
      const action = await actionById(c.tx, ctx, actionId);
      await assertPackEditable(c.tx, action.packId);
      const note = { id: newId(), action_id: actionId, date, text, author: c.actor, created_at: c.at };
      await insertRow(c.tx, 'action_notes', note);
      await updateRow(c.tx, 'actions', actionId, updatedStamp(c));
      await c.record({
        entity: ENTITY,
        entityId: actionId,
        action: 'Added progress note',
        packId: action.packId,
        after: { reference: action.reference, date, text },
      });
      return rowToNote(note);
    }),
};
