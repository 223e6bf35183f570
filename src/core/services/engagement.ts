// Ofsted's annual engagement meeting: its date, who attends, what is sent beforehand and when, and the
// version of the self-evaluation shared.
import { change, updatedStamp } from '../change';
import { newId } from '../context';
import type { HandlersFor } from '../handlers';
import { allMeetings, meetingById, sharedVersion } from '../engagement/meetings';
import { insertRow, updateRow } from '../records';

type EngagementOp = 'engagement.list' | 'engagement.create' | 'engagement.update' | 'engagement.delete';

const ENTITY = 'engagement';

export const engagementHandlers: HandlersFor<EngagementOp> = {
  'engagement.list': (_input, ctx) => ctx.db.read((q) => allMeetings(q)),

  'engagement.create': ({ date, attendees, packId, packVersion, sent, notes }, ctx) =>
    change(ctx, async (c) => {
      const id = newId();
      const version = await sharedVersion(c.tx, packId, packVersion);
      await insertRow(c.tx, 'engagement_meetings', {
        id,
        meeting_date: date,
        attendees,
        pack_id: packId,
        pack_version: version,
        sent_json: JSON.stringify(sent),
        notes,
        created_at: c.at,
        ...updatedStamp(c),
      });
      await c.record({ entity: ENTITY, entityId: id, action: 'Recorded an annual engagement meeting', after: { date, attendees, packId, packVersion: version, sent, notes } });
      return meetingById(c.tx, id);
    }),

  'engagement.update': ({ meetingId, ...patch }, ctx) =>
    change(ctx, async (c) => {
      const current = await meetingById(c.tx, meetingId);
      const packId = patch.packId === undefined ? current.packId : patch.packId;
      const packChanged = patch.packId !== undefined && patch.packId !== current.packId;
      const version =
        patch.packVersion !== undefined || packChanged ? await sharedVersion(c.tx, packId, patch.packVersion) : current.packVersion;
      const next = {
        date: patch.date ?? current.date,
        attendees: patch.attendees ?? current.attendees,
        packId,
        packVersion: version,
        sent: patch.sent ?? current.sent,
        notes: patch.notes ?? current.notes,
      };
      const keys = (Object.keys(next) as (keyof typeof next)[]).filter((k) => JSON.stringify(next[k]) !== JSON.stringify(current[k]));
      if (!keys.length) return current;
      await updateRow(c.tx, 'engagement_meetings', meetingId, {
        meeting_date: next.date,
        attendees: next.attendees,
        pack_id: next.packId,
        pack_version: next.packVersion,
        sent_json: JSON.stringify(next.sent),
        notes: next.notes,
        ...updatedStamp(c),
      });
      await c.record({
        entity: ENTITY,
        entityId: meetingId,
        action: 'Changed the annual engagement meeting',
        before: Object.fromEntries(keys.map((k) => [k, current[k]])),
        after: Object.fromEntries(keys.map((k) => [k, next[k]])),
      });
      return meetingById(c.tx, meetingId);
    }),

  'engagement.delete': ({ meetingId }, ctx) =>
    change(ctx, async (c) => {
      const current = await meetingById(c.tx, meetingId);
      await c.tx.run('DELETE FROM engagement_meetings WHERE id = ?', [meetingId]);
      await c.record({ entity: ENTITY, entityId: meetingId, action: 'Deleted an annual engagement meeting', before: current });
      return { done: true as const };
    }),
};
