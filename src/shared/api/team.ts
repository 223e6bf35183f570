// Who is signed in and with whom they work: the session (a local file, or a team database with a login
// and a role), the team's members, presence (who has which pack or area open), and the person's own
// notices marked read. In a local file there is one person at a time: no members, nobody else present.
import { z } from 'zod';
import { Id } from '../entities';
import { TEAM_ROLES } from '../roles';
import { Done, Empty, op, PackRef } from './common';

export const SessionSchema = z.object({
  engine: z.enum(['sqlite', 'postgres']),
  /** Where the work is: the file's path, or "team database login@host:port/name" (never with a password). */
  where: z.string(),
  /** The login: the operating system's for a local file, the one the server authenticated for a team database. */
  login: z.string(),
  /** The name shown in the history and on sign-off. */
  name: z.string(),
  /** The person's role in a team database; null in a local file, where one person does everything. */
  role: z.enum(TEAM_ROLES).nullable(),
});
export type Session = z.infer<typeof SessionSchema>;

export const MemberSchema = z.object({ login: z.string(), name: z.string(), role: z.enum(TEAM_ROLES) });
export type Member = z.infer<typeof MemberSchema>;

export const PresentPersonSchema = z.object({
  login: z.string(),
  name: z.string(),
  /** The area they have open, or null for the pack's other screens. */
  areaId: Id.nullable(),
  areaTitle: z.string().nullable(),
});
export type PresentPerson = z.infer<typeof PresentPersonSchema>;

/** How long someone counts as present after their app last said where they were. */
export const PRESENCE_SECONDS = 75;
/** How often an open app says where its person is. */
export const PRESENCE_HEARTBEAT_SECONDS = 30;

export const teamApi = {
  'session.get': op(Empty, SessionSchema, 'Who is signed in, where, and in what role'),
  'members.list': op(Empty, z.array(MemberSchema), 'The people of a team database (none for a local file)'),
  'presence.here': op(
    z.object({ packId: Id.nullable(), areaId: Id.nullable().default(null) }).strict(),
    Done,
    'Say which pack and area this person has open (null when none); others see it',
  ),
  'presence.list': op(PackRef, z.array(PresentPersonSchema), 'Who else has this pack open just now, and where in it'),
  'notices.markRead': op(
    z.object({ noticeIds: z.array(Id).min(1).max(100) }).strict(),
    Done,
    'Mark the signed-in person’s notices read',
  ),
} as const;
