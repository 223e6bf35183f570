// Annual engagement meetings: read with the title of the self-evaluation shared, and whether that pack has
// changed since the version shared (so nobody mistakes today's draft for what Ofsted saw).
import type { EngagementMeeting } from '../../shared/api/engagement';
import type { ReadQueries } from '../db/port';
import { AppError } from '../errors';
import { mustGet } from '../records';

interface MeetingDbRow {
  id: string;
  meeting_date: string;
  attendees: string;
  pack_id: string | null;
  pack_version: number | null;
  sent_json: string;
  notes: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
  pack_title: string | null;
  current_version: number | null;
}

const SELECT = `SELECT m.*, p.title AS pack_title, p.version AS current_version FROM engagement_meetings m
  LEFT JOIN packs p ON p.id = m.pack_id`;

function rowToMeeting(row: MeetingDbRow): EngagementMeeting {
  return {
    id: row.id,
    date: row.meeting_date,
    attendees: row.attendees,
    packId: row.pack_id,
    packTitle: row.pack_title,
    packVersion: row.pack_version,
    packChangedSince: row.pack_version !== null && row.current_version !== null && row.current_version > row.pack_version,
    sent: JSON.parse(row.sent_json) as EngagementMeeting['sent'],
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export async function allMeetings(q: ReadQueries): Promise<EngagementMeeting[]> {
  return (await q.all<MeetingDbRow>(`${SELECT} ORDER BY m.meeting_date DESC, m.created_at DESC, m.id`)).map(rowToMeeting);
}

export async function meetingById(q: ReadQueries, id: string): Promise<EngagementMeeting> {
  return rowToMeeting(await mustGet<MeetingDbRow>(q, `${SELECT} WHERE m.id = ?`, [id], 'That engagement meeting'));
}

/**
 * The version of the pack that was shared: the one given (which must exist by then), or the pack's
 * version now. Null without a pack.
 */
export async function sharedVersion(q: ReadQueries, packId: string | null, version: number | null | undefined): Promise<number | null> {
  if (!packId) {
    if (version) throw new AppError('invalid_input', 'Choose the self-evaluation that was shared before giving its version.', { packVersion: 'Choose the pack first' });
    return null;
  }
  const pack = await mustGet<{ version: number; title: string }>(q, 'SELECT version, title FROM packs WHERE id = ?', [packId], 'That pack');
  if (version === undefined || version === null) return pack.version;
  if (version > pack.version)
    throw new AppError('invalid_input', `"${pack.title}" is at version ${pack.version}, so version ${version} cannot have been shared. Check the version on the document sent.`, {
      packVersion: `Version ${pack.version} or earlier`,
    });
  return version;
}
