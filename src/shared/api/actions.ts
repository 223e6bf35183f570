// The action plan of a pack.
import { z } from 'zod';
import { ACTION_STATUSES, RAGS } from '../domain';
import { ActionSchema, Id, ProgressNoteSchema } from '../entities';
import { BaseVersion, Done, Name, op, OptionalDate, PackRef, patchOf, RequiredDate } from './common';

const ActionFields = z.object({
  // An action's title is the action itself ("Weekly timeliness review at the front door").
  title: z.string().trim().min(1, 'Say what will be done').max(300, 'Keep the action under 300 characters'),
  owner: Name.default(''),
  dueDate: OptionalDate.default(null),
  status: z.enum(ACTION_STATUSES).default('not_started'),
  rag: z.enum(RAGS).default('green'),
  areaId: Id.nullable().default(null),
  recommendationId: Id.nullable().default(null),
});

export const actionsApi = {
  'actions.list': op(PackRef, z.array(ActionSchema), "The pack's action plan"),
  'actions.create': op(ActionFields.extend({ packId: Id }).strict(), ActionSchema, 'Add an action'),
  'actions.update': op(patchOf(ActionFields).extend({ actionId: Id, baseVersion: BaseVersion }).strict(), ActionSchema, 'Change an action'),
  'actions.delete': op(z.object({ actionId: Id }).strict(), Done, 'Delete an action'),
  'actions.addNote': op(
    z
      .object({
        actionId: Id,
        date: RequiredDate('Enter the date of the progress'),
        text: z.string().trim().min(1, 'Write the progress note').max(5000, 'Keep the note under 5,000 characters'),
      })
      .strict(),
    ProgressNoteSchema,
    'Add a progress note to an action',
  ),
} as const;
