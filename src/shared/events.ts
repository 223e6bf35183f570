// What the core says after every change it commits: which kinds of record changed, in which packs, and
// who changed them. Hosts forward these to the renderer, whose one data cache refreshes what they name,
// so no screen refreshes another by hand. A team database's changes by other people arrive the same way.
import { z } from 'zod';

export const CHANGED_ENTITIES = [
  'settings',
  'framework',
  'pack',
  'area',
  'narrative',
  'evidence',
  'action',
  'inspection',
  'recommendation',
  'assignment',
  'comment',
  'notice',
  'indicator',
  'kit',
  'engagement',
  'boardPaper',
  'wordTemplate',
  /** Who has which pack or area open (a team database's presence). */
  'presence',
] as const;
export type ChangedEntity = (typeof CHANGED_ENTITIES)[number];

export const ChangeEventSchema = z.object({
  /** The kinds of record the change touched. */
  entities: z.array(z.string()),
  /** The packs it touched; empty for library-wide records (evidence, inspections, settings). */
  packIds: z.array(z.string()),
  /** Who made the change, as recorded in the history. */
  actor: z.string(),
  at: z.string(),
  /** 'local' for this window's own changes; 'remote' for another person's, from a team database. */
  origin: z.enum(['local', 'remote']),
});
export type ChangeEvent = z.infer<typeof ChangeEventSchema>;
