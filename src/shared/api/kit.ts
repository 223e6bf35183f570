// The inspection-day kit: what the council produces when Ofsted calls, who prepares each part and how
// far it has got, as a checklist that can be exported. Never child-level data.
import { z } from 'zod';
import { KIT_SECTIONS, KIT_STATUSES } from '../domain';
import { Id, Timestamp } from '../entities';
import { WrittenFileSchema } from '../files';
import { Done, Empty, FileGrant, Name, op, Title } from './common';

export const KitItemSchema = z.object({
  key: z.string(),
  section: z.enum(KIT_SECTIONS),
  title: z.string(),
  /** When it is needed, in words ("At the start of the inspection…"). */
  due: z.string(),
  owner: z.string(),
  status: z.enum(KIT_STATUSES),
  note: z.string(),
  /** True for an item the council added; SEF Studio's own items can be marked not needed instead. */
  own: z.boolean(),
  updatedAt: Timestamp.nullable(),
  updatedBy: z.string().nullable(),
});
export type KitItem = z.infer<typeof KitItemSchema>;

export const KitSchema = z.object({
  sections: z.array(z.object({ section: z.enum(KIT_SECTIONS), title: z.string(), items: z.array(KitItemSchema) })),
  /** The self-evaluation the kit would hand over: the latest approved pack. */
  selfEvaluation: z
    .object({ packId: Id, title: z.string(), approvedAt: Timestamp.nullable(), approvedBy: z.string().nullable(), version: z.number().int() })
    .nullable(),
  ready: z.number().int(),
  /** Items that are needed (everything not marked not needed). */
  needed: z.number().int(),
  /** Says the lists and timings are SEF Studio's guidance, and that child-level data stays out. */
  guidance: z.string(),
});
export type Kit = z.infer<typeof KitSchema>;

/** Notes are for who and when, never about a child: kept short. */
const Note = z.string().max(1000, 'Keep the note under 1,000 characters; the kit is not the place for case details');

export const kitApi = {
  'kit.get': op(Empty, KitSchema, 'The inspection-day kit as a checklist'),
  'kit.updateItem': op(
    z
      .object({
        key: z.string().min(1).max(80),
        title: Title.optional(),
        due: Name.optional(),
        owner: Name.optional(),
        status: z.enum(KIT_STATUSES).optional(),
        note: Note.optional(),
      })
      .strict(),
    KitItemSchema,
    "Change an item's owner, status, timing or note",
  ),
  'kit.addItem': op(
    z.object({ section: z.enum(KIT_SECTIONS), title: Title, due: Name.default(''), owner: Name.default('') }).strict(),
    KitItemSchema,
    "Add the council's own item to the kit",
  ),
  'kit.removeItem': op(z.object({ key: z.string().min(1).max(80) }).strict(), Done, "Remove an item the council added"),
  'kit.export': op(
    z.object({ file: FileGrant }).strict(),
    z.object({ file: WrittenFileSchema, bytes: z.number().int() }),
    'Write the kit as a Word checklist to the file the person chose',
  ),
} as const;
