// Ofsted's annual engagement meeting: when it is, who comes, what is sent beforehand and when, and which
// version of the self-evaluation was shared.
import { z } from 'zod';
import { Id, IsoDate, Timestamp } from '../entities';
import { Done, Empty, Name, op, OptionalDate, patchOf, RequiredDate, Text } from './common';

export const SentItemSchema = z.object({
  what: z.string().trim().min(1, 'Say what is sent').max(300),
  /** When it is to be sent by, if agreed. */
  sendBy: OptionalDate.default(null),
  /** When it was sent, once it has been. */
  sentOn: OptionalDate.default(null),
});

export const EngagementMeetingSchema = z.object({
  id: Id,
  date: IsoDate,
  attendees: z.string(),
  /** The self-evaluation shared, and its version when it was shared. */
  packId: Id.nullable(),
  packTitle: z.string().nullable(),
  packVersion: z.number().int().nullable(),
  /** The pack has changed since that version was shared. */
  packChangedSince: z.boolean(),
  sent: z.array(z.object({ what: z.string(), sendBy: IsoDate.nullable(), sentOn: IsoDate.nullable() })),
  notes: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  updatedBy: z.string(),
});
export type EngagementMeeting = z.infer<typeof EngagementMeetingSchema>;

const MeetingFields = z.object({
  date: RequiredDate('Enter the date of the meeting'),
  /** Ofsted's regional senior HMI and who else attends. */
  attendees: Name.default(''),
  packId: Id.nullable().default(null),
  /** Omitted with a pack: the pack's version now. */
  packVersion: z.number().int().min(1).nullable().optional(),
  sent: z.array(SentItemSchema).max(30).default([]),
  notes: Text.default(''),
});

export const engagementApi = {
  'engagement.list': op(Empty, z.array(EngagementMeetingSchema), 'Annual engagement meetings, latest first'),
  'engagement.create': op(MeetingFields.strict(), EngagementMeetingSchema, 'Record an annual engagement meeting'),
  'engagement.update': op(
    patchOf(MeetingFields).extend({ meetingId: Id }).strict(),
    EngagementMeetingSchema,
    'Change an annual engagement meeting',
  ),
  'engagement.delete': op(z.object({ meetingId: Id }).strict(), Done, 'Delete an annual engagement meeting'),
} as const;
