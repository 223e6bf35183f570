// Performance indicators: the library and the organisation's own, their figures, and a pack's view of them.
import { OWN_INDICATOR_PREFIX, slugify, type IndicatorDefinition } from '../../shared/indicators/definition';
import { change } from '../change';
import type { ReadQueries } from '../db/connection';
import { AppError, notFound } from '../errors';
import type { HandlersFor } from '../handlers';
import { INDICATOR_ENTITY, insertIndicator, putFigures, updateIndicatorRow } from '../indicators/changes';
import { libraryIndicator, INDICATOR_LIBRARY } from '../indicators/library';
import { packIndicators } from '../indicators/pack';
import { allIndicators, indicatorById, rowToValue, valuesWhere, type ValueRow } from '../indicators/queries';
import { citedIndicatorsByArea } from '../indicators/citations';

type IndicatorOp =
  | 'indicators.list'
  | 'indicators.create'
  | 'indicators.update'
  | 'indicators.resetToLibrary'
  | 'indicators.delete'
  | 'indicators.values'
  | 'indicators.setValues'
  | 'indicators.deleteValue'
  | 'indicators.forPack';

const definitionOf = ({ origin: _o, edited: _e, updatedAt: _u, updatedBy: _b, ...definition }: Awaited<ReturnType<typeof indicatorById>>): IndicatorDefinition =>
  definition;

type EditableField = 'title' | 'shortTitle' | 'definition' | 'decimals' | 'areas' | 'unit' | 'polarity' | 'source';
const FIELD_LABELS: Record<EditableField, string> = {
  title: 'title',
  shortTitle: 'short title',
  definition: 'definition',
  decimals: 'decimal places',
  areas: 'areas',
  unit: 'unit',
  polarity: 'which way is better',
  source: 'source',
};
/** A library indicator's figures are comparable with published ones only while these stay as published. */
const LIBRARY_FIXED: EditableField[] = ['unit', 'polarity', 'source'];

function listWords(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

async function figureCount(q: ReadQueries, indicatorId: string): Promise<number> {
  return (await q.get<{ n: number }>('SELECT count(*) AS n FROM indicator_values WHERE indicator_id = ?', [indicatorId]))!.n;
}

export const indicatorHandlers: HandlersFor<IndicatorOp> = {
  'indicators.list': async (_input, ctx) => {
    const indicators = await ctx.db.read((q) => allIndicators(q));
    return {
      libraryVersion: INDICATOR_LIBRARY.version,
      indicators,
      libraryWording: indicators.filter((i) => i.edited).map((i) => libraryIndicator(i.id)!),
    };
  },

  'indicators.create': (fields, ctx) =>
    change(ctx, async (c) => {
      const base = `${OWN_INDICATOR_PREFIX}${slugify(fields.title)}`;
      let id = base;
      for (let n = 2; await c.tx.get('SELECT 1 FROM indicators WHERE id = ?', [id]); n++) id = `${base}-${n}`;
      // The organisation's own words: nothing to confirm against a publisher.
      const definition: IndicatorDefinition = { id, ...fields, definitionIsGuidance: false };
      await insertIndicator(c, 'own', definition);
      await c.record({ entity: INDICATOR_ENTITY, entityId: id, action: 'Added indicator', after: definition });
      return indicatorById(c.tx, id);
    }),

  'indicators.update': ({ indicatorId, ...patch }, ctx) =>
    change(ctx, async (c) => {
      const current = await indicatorById(c.tx, indicatorId);
      const changed = (Object.keys(FIELD_LABELS) as EditableField[]).filter(
        (k) => patch[k] !== undefined && JSON.stringify(patch[k]) !== JSON.stringify(current[k]),
      );
      if (!changed.length) return current;
      if (current.origin === 'library' && changed.some((k) => LIBRARY_FIXED.includes(k)))
        throw new AppError(
          'invalid_input',
          `${current.title} is a library indicator, so its unit, which way is better and its source stay as published. Add your own indicator for a different measure.`,
        );
      if (changed.includes('unit') && (await figureCount(c.tx, indicatorId)))
        throw new AppError(
          'conflict',
          `${current.title} already has figures, which would change meaning with a new unit. Delete its figures first, or add a new indicator.`,
        );
      const next: IndicatorDefinition = {
        ...definitionOf(current),
        ...Object.fromEntries(changed.map((k) => [k, patch[k]])),
        // Rewritten in the organisation's words, a definition is no longer SEF Studio's guidance.
        definitionIsGuidance: changed.includes('definition') ? false : current.definitionIsGuidance,
      };
      if (current.origin === 'library' && !current.edited) await insertIndicator(c, 'library', next);
      else await updateIndicatorRow(c, next);
      await c.record({
        entity: INDICATOR_ENTITY,
        entityId: indicatorId,
        action: `Changed ${listWords(changed.map((k) => FIELD_LABELS[k]))} of indicator`,
        before: Object.fromEntries(changed.map((k) => [k, current[k]])),
        after: Object.fromEntries(changed.map((k) => [k, patch[k]])),
      });
      return indicatorById(c.tx, indicatorId);
    }),

  'indicators.resetToLibrary': ({ indicatorId }, ctx) =>
    change(ctx, async (c) => {
      const current = await indicatorById(c.tx, indicatorId);
      if (current.origin !== 'library') throw new AppError('invalid_input', `${current.title} is your own indicator; it has no library wording to go back to.`);
      if (!current.edited) return current;
      await c.tx.run('DELETE FROM indicators WHERE id = ?', [indicatorId]);
      await c.record({ entity: INDICATOR_ENTITY, entityId: indicatorId, action: "Went back to the library's wording of indicator", before: definitionOf(current), after: libraryIndicator(indicatorId)! });
      return indicatorById(c.tx, indicatorId);
    }),

  'indicators.delete': ({ indicatorId }, ctx) =>
    change(ctx, async (c) => {
      const current = await indicatorById(c.tx, indicatorId);
      if (current.origin !== 'own')
        throw new AppError('invalid_input', `${current.title} is part of SEF Studio's library and cannot be deleted; an indicator with no figures is not shown in packs.`);
      const figures = await figureCount(c.tx, indicatorId);
      await c.tx.run('DELETE FROM indicator_values WHERE indicator_id = ?', [indicatorId]);
      await c.tx.run('DELETE FROM indicators WHERE id = ?', [indicatorId]);
      await c.record({ entity: INDICATOR_ENTITY, entityId: indicatorId, action: 'Deleted indicator', before: { ...definitionOf(current), figures } });
      return { done: true as const };
    }),

  'indicators.values': ({ indicatorId, endingBy }, ctx) => ctx.db.read((q) => valuesWhere(q, { indicatorId, endingBy })),

  'indicators.setValues': ({ values }, ctx) => change(ctx, (c) => putFigures(c, values)),

  'indicators.deleteValue': ({ valueId }, ctx) =>
    change(ctx, async (c) => {
      const row = await c.tx.get<ValueRow>('SELECT * FROM indicator_values WHERE id = ?', [valueId]);
      if (!row) throw notFound('That figure');
      const value = rowToValue(row);
      await c.tx.run('DELETE FROM indicator_values WHERE id = ?', [valueId]);
      await c.record({ entity: INDICATOR_ENTITY, entityId: value.indicatorId, action: 'Deleted a figure', before: value });
      return { done: true as const };
    }),

  'indicators.forPack': ({ packId }, ctx) =>
    ctx.db.read(async (q) => packIndicators(q, packId, await citedIndicatorsByArea(q, packId))),
};
