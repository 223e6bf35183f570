// Review and sign-off (see src/shared/api/review.ts). People are named by their login in a team database
// and by their display name in a local file, where one machine is shared by people taking turns.
import type { ReadQueries } from '../db/port';
import { personOf } from '../team/people';
import { change, updatedStamp } from '../change';
import { newId, today } from '../context';
import { AppError } from '../errors';
import { editablePackOfArea } from '../guards';
import type { HandlersFor } from '../handlers';
import { touchPack } from '../packs/changes';
import { packReadiness } from '../packs/readiness';
import { areaById, areasOfPack } from '../packs/rows';
import { insertRow, mustGet, updateRow } from '../records';


interface AssignmentRow {
  area_id: string;
  author: string | null;
  reviewer: string | null;
  assigned_at: string;
  assigned_by: string;
}
const toAssignment = (r: AssignmentRow) => ({
  areaId: r.area_id,
  author: r.author,
  reviewer: r.reviewer,
  assignedAt: r.assigned_at,
  assignedBy: r.assigned_by,
});

interface CommentRow {
  id: string;
  area_id: string;
  section_id: string | null;
  paragraph: number | null;
  parent_id: string | null;
  text: string;
  author: string;
  author_login: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}
const toComment = (r: CommentRow) => ({
  id: r.id,
  areaId: r.area_id,
  sectionId: r.section_id,
  paragraph: r.paragraph,
  parentId: r.parent_id,
  text: r.text,
  author: r.author,
  authorLogin: r.author_login,
  createdAt: r.created_at,
  resolvedAt: r.resolved_at,
  resolvedBy: r.resolved_by,
});

async function assignmentOf(q: ReadQueries, areaId: string): Promise<AssignmentRow | undefined> {
  return q.get<AssignmentRow>('SELECT area_id, author, reviewer, assigned_at, assigned_by FROM area_assignments WHERE area_id = ?', [areaId]);
}

async function commentById(q: ReadQueries, commentId: string): Promise<CommentRow> {
  return mustGet<CommentRow>(q, 'SELECT * FROM comments WHERE id = ?', [commentId], 'That comment');
}

/** Open threads of comments `c`: comments that are not answers and not resolved. */
const OPEN_THREAD = 'c.parent_id IS NULL AND c.resolved_at IS NULL';

export const reviewHandlers: HandlersFor<
  | 'assignments.list' | 'assignments.set' | 'areas.submitForReview' | 'comments.list' | 'comments.add' | 'comments.resolve'
  | 'notices.list' | 'review.overview' | 'packs.outstanding'
> = {
  'assignments.list': async ({ packId }, ctx) => {
    const rows = await ctx.db.all<AssignmentRow>(
      `SELECT s.area_id, s.author, s.reviewer, s.assigned_at, s.assigned_by FROM area_assignments s
       JOIN pack_areas a ON a.id = s.area_id WHERE a.pack_id = ? ORDER BY a.sort_order`,
      [packId],
    );
    return rows.map(toAssignment);
  },

  'assignments.set': async ({ areaId, author, reviewer }, ctx) =>
    change(ctx, async (c) => {
      const packId = await editablePackOfArea(c.tx, areaId);
      const before = await assignmentOf(c.tx, areaId);
      await c.tx.run(
        `INSERT INTO area_assignments (area_id, author, reviewer, assigned_at, assigned_by) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (area_id) DO UPDATE SET author = excluded.author, reviewer = excluded.reviewer,
           assigned_at = excluded.assigned_at, assigned_by = excluded.assigned_by`,
        [areaId, author, reviewer, c.at, c.actor],
      );
      await c.record({
        entity: 'assignment',
        entityId: areaId,
        packId,
        action: 'Assigned area',
        before: before ? { author: before.author, reviewer: before.reviewer } : null,
        after: { author, reviewer },
      });
      return toAssignment((await assignmentOf(c.tx, areaId))!);
    }),

  'areas.submitForReview': async ({ areaId }, ctx) =>
    change(ctx, async (c) => {
      const packId = await editablePackOfArea(c.tx, areaId);
      const area = await areaById(c.tx, areaId);
      if (area.status === 'in_review') throw new AppError('conflict', `"${area.title}" is already with its reviewer. Refresh to see its current state.`);
      const assignment = await assignmentOf(c.tx, areaId);
      await updateRow(c.tx, 'pack_areas', areaId, { status: 'in_review', ...updatedStamp(c) });
      await touchPack(c, packId);
      if (assignment?.reviewer)
        await insertRow(c.tx, 'notices', {
          id: newId(),
          recipient: assignment.reviewer,
          pack_id: packId,
          area_id: areaId,
          text: `${c.actor} submitted "${area.title}" for your review.`,
          created_at: c.at,
        });
      await c.record({
        entity: 'area',
        entityId: areaId,
        packId,
        action: 'Submitted area for review',
        before: { status: area.status },
        after: { status: 'in_review', reviewer: assignment?.reviewer ?? null },
      });
      return areaById(c.tx, areaId);
    }),

  'comments.list': async ({ areaId }, ctx) => {
    const rows = await ctx.db.all<CommentRow>('SELECT * FROM comments WHERE area_id = ? ORDER BY created_at, rowid', [areaId]);
    return rows.map(toComment);
  },

  'comments.add': async ({ areaId, sectionId, paragraph, parentId, text }, ctx) =>
    change(ctx, async (c) => {
      const packId = await editablePackOfArea(c.tx, areaId);
      if (parentId && (await commentById(c.tx, parentId)).area_id !== areaId)
        throw new AppError('invalid_input', 'That answer belongs to a comment on another area. Answer it from that area.');
      const id = newId();
      await insertRow(c.tx, 'comments', {
        id, area_id: areaId, section_id: sectionId, paragraph, parent_id: parentId, text,
        author: c.actor, author_login: personOf(c.who), created_at: c.at,
      });
      // The area's author hears of a comment by someone else.
      const assignment = await assignmentOf(c.tx, areaId);
      if (assignment?.author && assignment.author !== personOf(c.who))
        await insertRow(c.tx, 'notices', {
          id: newId(), recipient: assignment.author, pack_id: packId, area_id: areaId,
          text: `${c.actor} ${parentId ? 'answered a comment' : 'commented'} on "${(await areaById(c.tx, areaId)).title}".`,
          created_at: c.at,
        });
      await c.record({ entity: 'comment', entityId: id, packId, action: parentId ? 'Answered comment' : 'Added comment', after: { areaId, sectionId, paragraph, text } });
      return toComment(await commentById(c.tx, id));
    }),

  'comments.resolve': async ({ commentId }, ctx) =>
    change(ctx, async (c) => {
      const comment = await commentById(c.tx, commentId);
      const packId = await editablePackOfArea(c.tx, comment.area_id);
      if (comment.resolved_at) return toComment(comment);
      await updateRow(c.tx, 'comments', commentId, { resolved_at: c.at, resolved_by: c.actor });
      await c.record({ entity: 'comment', entityId: commentId, packId, action: 'Resolved comment', before: { text: comment.text } });
      return toComment(await commentById(c.tx, commentId));
    }),

  'notices.list': async (_input, ctx) =>
    ctx.db.read(async (q) => {
      const me = personOf(await ctx.db.identity(q));
      const rows = await q.all<{ id: string; pack_id: string | null; area_id: string | null; text: string; created_at: string; read_at: string | null }>(
        'SELECT id, pack_id, area_id, text, created_at, read_at FROM notices WHERE recipient = ? ORDER BY created_at DESC, rowid DESC LIMIT 100',
        [me],
      );
      return rows.map((r) => ({ id: r.id, packId: r.pack_id, areaId: r.area_id, text: r.text, createdAt: r.created_at, readAt: r.read_at }));
    }),

  'review.overview': async ({ packId }, ctx) =>
    ctx.db.read(async (q) => {
      const areas = await areasOfPack(q, packId);
      const assignments = new Map(
        (await q.all<AssignmentRow>(
          'SELECT s.* FROM area_assignments s JOIN pack_areas a ON a.id = s.area_id WHERE a.pack_id = ?',
          [packId],
        )).map((r) => [r.area_id, r]),
      );
      const open = new Map(
        (await q.all<{ area_id: string; n: number }>(
          `SELECT c.area_id, count(*) AS n FROM comments c JOIN pack_areas a ON a.id = c.area_id
           WHERE a.pack_id = ? AND ${OPEN_THREAD} GROUP BY c.area_id`,
          [packId],
        )).map((r) => [r.area_id, Number(r.n)]),
      );
      return areas.map((area) => {
        const assignment = assignments.get(area.id);
        const waitingFor = area.status === 'agreed' ? null : area.status === 'in_review' ? (assignment?.reviewer ?? null) : (assignment?.author ?? null);
        return {
          areaId: area.id,
          title: area.title,
          status: area.status,
          author: assignment?.author ?? null,
          reviewer: assignment?.reviewer ?? null,
          openComments: open.get(area.id) ?? 0,
          waitingFor,
        };
      });
    }),

  'packs.outstanding': async ({ packId }, ctx) =>
    ctx.db.read(async (q) => {
      const readiness = await packReadiness(q, packId, today(ctx));
      const unresolved = await q.get<{ n: number }>(
        `SELECT count(*) AS n FROM comments c JOIN pack_areas a ON a.id = c.area_id WHERE a.pack_id = ? AND ${OPEN_THREAD}`,
        [packId],
      );
      const areasNotAgreed = readiness.areas.filter((a) => a.status !== 'agreed').map((a) => ({ areaId: a.areaId, title: a.title }));
      const emptySections = readiness.areas.flatMap((a) => a.emptySections.map((section) => ({ areaId: a.areaId, title: a.title, section })));
      const outstanding = {
        areasNotAgreed,
        emptySections,
        evidenceOutOfDate: readiness.totals.evidenceOutOfDate,
        unresolvedComments: Number(unresolved?.n ?? 0),
        ruleBreaches: readiness.ruleBreaches,
      };
      const ready =
        !areasNotAgreed.length && !emptySections.length && !outstanding.evidenceOutOfDate && !outstanding.unresolvedComments && !outstanding.ruleBreaches.length;
      return { ready, ...outstanding };
    }),
};

