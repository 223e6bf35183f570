// Performance indicators: the library and the organisation's own, the figures for each period for the
// council and its comparators, and an indicator's series as a pack sees it (judged as at the pack's date).
import { z } from 'zod';
import { Id, IsoDate } from '../entities';
import { IndicatorDefinitionSchema, IndicatorSchema } from '../indicators/definition';
import { IndicatorSeriesSchema } from '../indicators/series';
import { IndicatorValueInputSchema, IndicatorValueSchema } from '../indicators/values';
import { Done, Empty, op, PackRef } from './common';

/** What the organisation writes for an indicator of its own; the id is made from the title. */
const OwnIndicatorFields = IndicatorDefinitionSchema.omit({ id: true, definitionIsGuidance: true }).extend({
  decimals: IndicatorDefinitionSchema.shape.decimals.default(1),
  areas: IndicatorDefinitionSchema.shape.areas.default([]),
  source: IndicatorDefinitionSchema.shape.source.default(null),
});

/** What may change. A library indicator keeps its unit and which way is better, so its figures keep their meaning. */
const IndicatorPatch = z
  .object({
    indicatorId: z.string().min(1).max(80),
    title: IndicatorDefinitionSchema.shape.title.optional(),
    shortTitle: IndicatorDefinitionSchema.shape.shortTitle.optional(),
    definition: IndicatorDefinitionSchema.shape.definition.optional(),
    decimals: IndicatorDefinitionSchema.shape.decimals.optional(),
    areas: IndicatorDefinitionSchema.shape.areas.optional(),
    unit: IndicatorDefinitionSchema.shape.unit.optional(),
    polarity: IndicatorDefinitionSchema.shape.polarity.optional(),
    source: IndicatorDefinitionSchema.shape.source.optional(),
  })
  .strict();

export const PackIndicatorsSchema = z.object({
  packId: Id,
  /** The pack's as-at date: no figure for a period ending after it is shown. */
  asAt: IsoDate,
  councilName: z.string(),
  /** Every indicator with a figure for the council by the pack's date, in library order. */
  series: z.array(IndicatorSeriesSchema),
  /** For each area, the indicators it shows: those that inform it and those its narratives cite. */
  areas: z.array(z.object({ areaId: Id, indicatorIds: z.array(z.string()) })),
});
export type PackIndicators = z.infer<typeof PackIndicatorsSchema>;

export const indicatorsApi = {
  'indicators.list': op(
    Empty,
    z.object({
      libraryVersion: z.string(),
      indicators: z.array(IndicatorSchema),
      /** The library's own wording of each indicator the organisation has reworded, to show beside its own. */
      libraryWording: z.array(IndicatorDefinitionSchema),
    }),
    "The library's indicators, in the organisation's wording where it has rewritten one, then its own; and the library's wording of those rewritten",
  ),
  'indicators.create': op(OwnIndicatorFields.strict(), IndicatorSchema, 'Add an indicator of the organisation’s own'),
  'indicators.update': op(IndicatorPatch, IndicatorSchema, "Change an indicator's wording, or an own indicator's unit"),
  'indicators.resetToLibrary': op(
    z.object({ indicatorId: z.string().min(1).max(80) }).strict(),
    IndicatorSchema,
    "Go back to the library's own wording of an indicator",
  ),
  'indicators.delete': op(z.object({ indicatorId: z.string().min(1).max(80) }).strict(), Done, 'Delete an own indicator and its figures'),
  'indicators.values': op(
    z.object({ indicatorId: z.string().min(1).max(80).optional(), endingBy: IsoDate.optional() }).strict(),
    z.array(IndicatorValueSchema),
    'Figures, for one indicator or all, optionally only periods ending by a date',
  ),
  'indicators.setValues': op(
    z.object({ values: z.array(IndicatorValueInputSchema).min(1).max(50_000) }).strict(),
    z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
    'Add or replace figures; all of them are saved or none',
  ),
  'indicators.deleteValue': op(z.object({ valueId: Id }).strict(), Done, 'Delete one figure'),
  'indicators.forPack': op(PackRef, PackIndicatorsSchema, "The pack's indicators as at its date: trends, comparators and words"),
} as const;
