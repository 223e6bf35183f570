// An indicator is data: what is counted, in what unit, which way is better, which framework areas it
// informs and where the published figures come from. The library that ships with SEF Studio is one
// versioned file (resources/indicators/library.json) validated by IndicatorLibrarySchema; its JSON Schema
// (resources/indicators/indicators.schema.json) is generated from this module. The organisation can add
// its own indicators and rewrite the library's definitions in its own words.
import { z } from 'zod';
import { INDICATOR_UNITS, POLARITIES } from './vocabulary';

const Slug = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Use lower-case letters, digits and hyphens only');

export const IndicatorSourceSchema = z.object({
  /** The publication, as its publisher titles it. */
  title: z.string().trim().min(1).max(300),
  publisher: z.string().trim().max(200).optional(),
  url: z.string().max(2000).regex(/^https?:\/\//, 'Links start with https://').optional(),
});
export type IndicatorSource = z.infer<typeof IndicatorSourceSchema>;

export const IndicatorDefinitionSchema = z.object({
  id: Slug,
  title: z.string().trim().min(1, 'Enter a title').max(200, 'Keep the title under 200 characters'),
  /** For chart legends and narrow table cells; the title is always available beside it. */
  shortTitle: z.string().trim().min(1, 'Enter a short title').max(60, 'Keep the short title under 60 characters'),
  definition: z.string().trim().min(1, 'Say what is counted').max(2000, 'Keep the definition under 2,000 characters'),
  /**
   * True when the definition is SEF Studio's summary and has not been checked against the publisher's own
   * wording: shown as guidance, for the organisation to confirm or rewrite.
   */
  definitionIsGuidance: z.boolean(),
  unit: z.enum(INDICATOR_UNITS),
  polarity: z.enum(POLARITIES),
  /** Decimal places figures are shown with (18.4% is 1). */
  decimals: z.number().int().min(0).max(3),
  /** Ids of the framework areas the indicator informs, in any framework (ILACS, SIF…); a pack area shows it when its key is listed. */
  areas: z.array(Slug).max(30),
  /** The public source of comparable figures, where there is one. */
  source: IndicatorSourceSchema.nullable(),
});
export type IndicatorDefinition = z.infer<typeof IndicatorDefinitionSchema>;

export const INDICATOR_LIBRARY_SCHEMA_VERSION = 1;

export const IndicatorLibrarySchema = z
  .object({
    schemaVersion: z.literal(INDICATOR_LIBRARY_SCHEMA_VERSION),
    /** Goes up when any indicator is added or changes: "2026.1". */
    version: z.string().min(1).max(40),
    title: z.string().min(1).max(300),
    description: z.string().max(4000).optional(),
    indicators: z.array(IndicatorDefinitionSchema).min(1).max(500),
  })
  .superRefine((library, ctx) => {
    const seen = new Set<string>();
    library.indicators.forEach((indicator, i) => {
      if (seen.has(indicator.id))
        ctx.addIssue({ code: 'custom', message: `Indicator id "${indicator.id}" is used twice`, path: ['indicators', i, 'id'] });
      seen.add(indicator.id);
      if (indicator.id.startsWith(OWN_INDICATOR_PREFIX))
        ctx.addIssue({ code: 'custom', message: `Library ids must not start with "${OWN_INDICATOR_PREFIX}"`, path: ['indicators', i, 'id'] });
    });
  });
export type IndicatorLibrary = z.infer<typeof IndicatorLibrarySchema>;

/** The organisation's own indicators have ids of their own kind, so they can never collide with the library's. */
export const OWN_INDICATOR_PREFIX = 'own-';

/** The indicator as the app uses it: a library or own definition, and whose words it is in. */
export const IndicatorSchema = IndicatorDefinitionSchema.extend({
  origin: z.enum(['library', 'own']),
  /** True for a library indicator whose definition or areas the organisation has rewritten. */
  edited: z.boolean(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** "re-referrals-within-12-months" from "Re-referrals within 12 months (%)". */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/%/g, ' percent ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'indicator'
  );
}
