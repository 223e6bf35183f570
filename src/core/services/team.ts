// Who is signed in and with whom they work (see src/shared/api/team.ts). Members and presence are a team
// database's; a local file answers with nobody, since one person works in it at a time.
import { PRESENCE_SECONDS } from '../../shared/api/team';
import { nowIso } from '../context';
import type { HandlersFor } from '../handlers';
import { personOf } from '../team/people';

export const teamHandlers: HandlersFor<'session.get' | 'members.list' | 'presence.here' | 'presence.list' | 'notices.markRead'> = {
  'session.get': async (_input, ctx) =>
    ctx.db.read(async (q) => {
      const who = await ctx.db.identity(q);
      return { engine: ctx.db.engine, where: ctx.db.path, login: who.login, name: who.name, role: who.role };
    }),

  'members.list': async (_input, ctx) => {
    if (ctx.db.engine !== 'postgres') return [];
    const rows = await ctx.db.all<{ login: string; display_name: string; role: 'director' | 'quality_lead' | 'author' | 'reader' }>(
      'SELECT login, display_name, role FROM members ORDER BY display_name, login',
    );
    return rows.map((r) => ({ login: r.login, name: r.display_name, role: r.role }));
  },

  'presence.here': async (place, ctx) => {
    await ctx.db.presence?.here(place);
    return { done: true as const };
  },

  'presence.list': async ({ packId }, ctx) => (ctx.db.presence ? ctx.db.presence.inPack(packId, PRESENCE_SECONDS) : []),

  // Reading one's own notices is nobody else's business: not in the history, and not announced to the
  // team; only this window is told, so its list of notices refreshes.
  'notices.markRead': async ({ noticeIds }, ctx) => {
    const at = nowIso(ctx);
    const changed = await ctx.db.transaction(async (tx) => {
      const me = personOf(await ctx.db.identity(tx));
      const { changes } = await tx.run(
        `UPDATE notices SET read_at = ? WHERE recipient = ? AND read_at IS NULL AND ${tx.dialect.inJsonList('id')}`,
        [at, me, JSON.stringify(noticeIds)],
      );
      return changes;
    });
    if (changed) ctx.onChange?.({ entities: ['notice'], packIds: [], actor: '', at, origin: 'local' });
    return { done: true as const };
  },
};
