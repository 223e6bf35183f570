// Review and sign-off: who writes and who reviews each area, comments on an area, a section or one
// paragraph (resolved or answered), notices in the app ("submitted for your review"), what is waiting for
// whom, and what is outstanding before a pack is approved. The same in a local file (people by name) and
// in a team database (people by login).
import { z } from 'zod';
import { AREA_STATUSES } from '../domain';
import { Id, PackAreaSchema, RuleBreachSchema, Timestamp } from '../entities';
import { op, PackRef } from './common';

const Person = z.string().trim().min(1).max(120);

export const AssignmentSchema = z.object({
  areaId: Id,
  author: z.string().nullable(),
  reviewer: z.string().nullable(),
  assignedAt: Timestamp,
  assignedBy: z.string(),
});

export const CommentSchema = z.object({
  id: Id,
  areaId: Id,
  /** The narrative section it is about, or null for the area as a whole. */
  sectionId: z.string().nullable(),
  /** The paragraph of that section (0 is the first), or null for the whole section. */
  paragraph: z.number().int().min(0).nullable(),
  /** The comment this answers, or null for a new thread. */
  parentId: Id.nullable(),
  text: z.string(),
  author: z.string(),
  authorLogin: z.string(),
  createdAt: Timestamp,
  resolvedAt: Timestamp.nullable(),
  resolvedBy: z.string().nullable(),
});

export type Assignment = z.infer<typeof AssignmentSchema>;
export type Comment = z.infer<typeof CommentSchema>;

export const NoticeSchema = z.object({
  id: Id,
  packId: Id.nullable(),
  areaId: Id.nullable(),
  text: z.string(),
  createdAt: Timestamp,
  readAt: Timestamp.nullable(),
});

export const ReviewRowSchema = z.object({
  areaId: Id,
  title: z.string(),
  status: z.enum(AREA_STATUSES),
  author: z.string().nullable(),
  reviewer: z.string().nullable(),
  openComments: z.number().int(),
  /** Whose move it is: the reviewer's while in review, the author's while not, nobody's once agreed. */
  waitingFor: z.string().nullable(),
});

export const OutstandingSchema = z.object({
  /** True when nothing is outstanding. */
  ready: z.boolean(),
  areasNotAgreed: z.array(z.object({ areaId: Id, title: z.string() })),
  emptySections: z.array(z.object({ areaId: Id, title: z.string(), section: z.string() })),
  evidenceOutOfDate: z.number().int(),
  unresolvedComments: z.number().int(),
  /** Limiting rules the self-grades break: approval is refused while there are any. */
  ruleBreaches: z.array(RuleBreachSchema),
});

export type Outstanding = z.infer<typeof OutstandingSchema>;

export const reviewApi = {
  'assignments.list': op(PackRef, z.array(AssignmentSchema), 'Who writes and who reviews each area of a pack'),
  'assignments.set': op(
    z.object({ areaId: Id, author: Person.nullable(), reviewer: Person.nullable() }).strict(),
    AssignmentSchema,
    'Assign an area to an author and a reviewer (logins in a team database, names in a local file)',
  ),
  'areas.submitForReview': op(
    z.object({ areaId: Id }).strict(),
    PackAreaSchema,
    'Send an area to its reviewer, who is told in the app',
  ),
  'comments.list': op(z.object({ areaId: Id }).strict(), z.array(CommentSchema), 'An area’s comments, oldest first'),
  'comments.add': op(
    z
      .object({
        areaId: Id,
        sectionId: z.string().min(1).max(80).nullable().default(null),
        paragraph: z.number().int().min(0).nullable().default(null),
        parentId: Id.nullable().default(null),
        text: z.string().trim().min(1, 'Write the comment').max(4000),
      })
      .strict(),
    CommentSchema,
    'Comment on an area, a section or a paragraph, or answer a comment',
  ),
  'comments.resolve': op(z.object({ commentId: Id }).strict(), CommentSchema, 'Mark a comment resolved'),
  'notices.list': op(z.object({}).strict(), z.array(NoticeSchema), 'The signed-in person’s notices, newest first'),
  'review.overview': op(PackRef, z.array(ReviewRowSchema), 'What is waiting for whom, area by area'),
  'packs.outstanding': op(PackRef, OutstandingSchema, 'What is outstanding before the pack is approved'),
} as const;
