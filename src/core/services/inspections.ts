// Past inspections and visits, with the grades they gave and the recommendations they made; progress
// against each recommendation is recorded here and shown in packs' "progress since the last inspection".
import { change, columnsOf, patchRecord } from '../change';
import { newId, today } from '../context';
import type { HandlersFor } from '../handlers';
import { insertRow, mustGet, updateRow } from '../records';
import {
  assertNoApprovedPackUses,
  INSPECTION_FIELDS,
  nextSortOrder,
  RECOMMENDATION_FIELDS,
} from '../inspections/changes';
import {
  assertEachAreaOnce,
  assertGradesFit,
  comparableGrades,
  frameworkIfKnown,
  replaceGrades,
  titledGrades,
} from '../inspections/grades';
import { inspectionById, inspectionsWhere, recommendationById } from '../inspections/queries';

type InspectionOp =
  | 'inspections.list'
  | 'inspections.create'
  | 'inspections.update'
  | 'inspections.delete'
  | 'recommendations.create'
  | 'recommendations.update'
  | 'recommendations.delete';

export const inspectionHandlers: HandlersFor<InspectionOp> = {
  'inspections.list': (_input, ctx) => ctx.db.read((q) => inspectionsWhere(q, today(ctx))),

  'inspections.create': ({ grades, ...fields }, ctx) =>
    change(ctx, async (c) => {
      assertEachAreaOnce(grades);
      assertGradesFit(fields.type, await frameworkIfKnown(c.tx, fields.frameworkId), grades);
      const id = newId();
      await insertRow(c.tx, 'inspections', {
        id,
        ...columnsOf(INSPECTION_FIELDS, fields),
        strengths_json: JSON.stringify(fields.strengths),
        created_at: c.at,
        updated_at: c.at,
      });
      const titled = await titledGrades(c.tx, fields.frameworkId, grades);
      await replaceGrades(c.tx, id, titled);
      await c.record({
        entity: 'inspection',
        entityId: id,
        action: 'Recorded inspection',
        after: { ...fields, grades: titled },
      });
      return inspectionById(c.tx, today(ctx), id);
    }),

  'inspections.update': ({ inspectionId, ...patch }, ctx) =>
    change(ctx, async (c) => {
      const current = await inspectionById(c.tx, today(ctx), inspectionId);
      if (patch.grades) assertEachAreaOnce(patch.grades);
      const frameworkId = patch.frameworkId === undefined ? current.frameworkId : patch.frameworkId;
      assertGradesFit(patch.type ?? current.type, await frameworkIfKnown(c.tx, frameworkId), patch.grades ?? current.grades);
      // Grades are compared as sets, so the same grades in another order are not a change.
      const changed = await patchRecord(
        c,
        {
          table: 'inspections',
          id: inspectionId,
          fields: INSPECTION_FIELDS,
          entity: 'inspection',
          stamp: { updated_at: c.at },
        },
        { ...current, grades: comparableGrades(current.grades) },
        { ...patch, grades: patch.grades && comparableGrades(patch.grades) },
      );
      if (changed.includes('strengths')) await updateRow(c.tx, 'inspections', inspectionId, { strengths_json: JSON.stringify(patch.strengths) });
      // A new framework renames the areas, so the stored titles are worked out again.
      if (changed.includes('grades') || changed.includes('frameworkId'))
        await replaceGrades(c.tx, inspectionId, await titledGrades(c.tx, frameworkId, patch.grades ?? current.grades));
      return inspectionById(c.tx, today(ctx), inspectionId);
    }),

  'inspections.delete': ({ inspectionId }, ctx) =>
    change(ctx, async (c) => {
      const current = await inspectionById(c.tx, today(ctx), inspectionId);
      await assertNoApprovedPackUses(c.tx, { inspectionId }, `"${current.title}"`);
      await c.tx.run('DELETE FROM inspections WHERE id = ?', [inspectionId]);
      await c.record({ entity: 'inspection', entityId: inspectionId, action: 'Deleted inspection', before: current });
      return { done: true as const };
    }),

  'recommendations.create': ({ inspectionId, ...fields }, ctx) =>
    change(ctx, async (c) => {
      await mustGet(c.tx, 'SELECT 1 FROM inspections WHERE id = ?', [inspectionId], 'That inspection');
      const id = newId();
      await insertRow(c.tx, 'recommendations', {
        id,
        inspection_id: inspectionId,
        ...columnsOf(RECOMMENDATION_FIELDS, fields),
        sort_order: await nextSortOrder(c.tx, inspectionId),
        updated_at: c.at,
      });
      await c.record({
        entity: 'recommendation',
        entityId: id,
        action: 'Added recommendation',
        after: { inspectionId, ...fields },
      });
      return recommendationById(c.tx, id);
    }),

  'recommendations.update': ({ recommendationId, ...patch }, ctx) =>
    change(ctx, async (c) => {
      const current = await recommendationById(c.tx, recommendationId);
      await patchRecord(
        c,
        {
          table: 'recommendations',
          id: recommendationId,
          fields: RECOMMENDATION_FIELDS,
          entity: 'recommendation',
          stamp: { updated_at: c.at },
        },
        current,
        patch,
      );
      return recommendationById(c.tx, recommendationId);
    }),

  'recommendations.delete': ({ recommendationId }, ctx) =>
    change(ctx, async (c) => {
      const current = await recommendationById(c.tx, recommendationId);
      await assertNoApprovedPackUses(c.tx, { recommendationId }, 'That recommendation');
      await c.tx.run('DELETE FROM recommendations WHERE id = ?', [recommendationId]);
      await c.record({
        entity: 'recommendation',
        entityId: recommendationId,
        action: 'Deleted recommendation',
        before: current,
      });
      return { done: true as const };
    }),
};
