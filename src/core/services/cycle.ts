// The inspection cycle seen from a pack: its grades over every inspection of its line of frameworks, and
// moving it onto the framework that superseded its own (planned first, recorded, undoable, and nothing
// it cannot carry dropped). Also which framework is in force on a date, for a new pack.
import { successionTo, lookupOf } from '../../shared/lineage';
import { change } from '../change';
import { today } from '../context';
import { allFrameworks, findFramework, summariseFramework } from '../frameworks/lookup';
import { assertPackEditable } from '../guards';
import type { GradeHistory } from '../../shared/api/cycle';
import type { ReadQueries } from '../db/port';
import type { HandlersFor } from '../handlers';
import { gradedInspections, gradeHeight, historyFor, PackLens } from '../inspections/history';
import { touchPack } from '../packs/changes';
import { movePack, movesOfPack, planMove, undoLatestMove } from '../packs/move';
import { areasOfPack, packById, packFramework } from '../packs/rows';

type CycleOp =
  | 'packs.gradeHistory'
  | 'packs.planFrameworkMove'
  | 'packs.moveFramework'
  | 'packs.undoFrameworkMove'
  | 'packs.frameworkMoves'
  | 'frameworks.inForce';

export const cycleHandlers: HandlersFor<CycleOp> = {
  'packs.gradeHistory': ({ packId }, ctx) => ctx.db.read((q) => readGradeHistory(q, packId)),

  'packs.planFrameworkMove': ({ packId }, ctx) => ctx.db.read(async (q) => (await planMove(q, packId)).plan),

  'packs.moveFramework': ({ packId, toFrameworkId }, ctx) =>
    change(ctx, async (c) => {
      await assertPackEditable(c.tx, packId);
      const planned = await planMove(c.tx, packId, toFrameworkId);
      const moveId = await movePack(c, packId, planned, `Moved pack onto ${planned.plan.to.shortTitle}`);
      await touchPack(c, packId);
      const move = (await movesOfPack(c.tx, packId)).find((m) => m.id === moveId)!;
      return { pack: await packById(c.tx, packId), move };
    }),

  'packs.undoFrameworkMove': ({ packId }, ctx) =>
    change(ctx, async (c) => {
      await assertPackEditable(c.tx, packId);
      await undoLatestMove(c, packId);
      await touchPack(c, packId);
      return packById(c.tx, packId);
    }),

  'packs.frameworkMoves': ({ packId }, ctx) =>
    ctx.db.read(async (q) => {
      await packById(q, packId);
      return movesOfPack(q, packId);
    }),

  'frameworks.inForce': async ({ frameworkId, date }, ctx) => {
    const framework = await findFramework(ctx.db, frameworkId);
    const steps = successionTo(framework, date, await allFrameworks(ctx.db));
    const todayIso = today(ctx);
    return {
      framework: summariseFramework(steps.at(-1) ?? framework, todayIso),
      superseded: steps.length > 0,
      steps: steps.map((f) => summariseFramework(f, todayIso)),
    };
  },
};

/** A pack's grades over every graded inspection of its line of frameworks, up to its as-at date. */
export async function readGradeHistory(q: ReadQueries, packId: string): Promise<GradeHistory> {
  const pack = await packById(q, packId);
  const lens = new PackLens(await packFramework(q, packId), lookupOf(await allFrameworks(q)));
  const areas = (await areasOfPack(q, packId)).filter((a) => a.graded);
  const keys = areas.map((a) => a.areaKey);
  const { inspections, comparison } = historyFor(lens, await gradedInspections(q), keys, pack.asAt, pack.baselineInspectionId);
  return {
    packId,
    asAt: pack.asAt,
    areas: areas.map((a) => ({ areaKey: a.areaKey, title: a.title })),
    inspections: inspections.map((i) => ({
      id: i.id,
      title: i.title,
      type: i.type,
      startDate: i.startDate,
      publishedDate: i.publishedDate,
      frameworkShortTitle: lens.frameworkOf(i)?.shortTitle ?? null,
      comparison: i.id === comparison?.id,
      grades: keys.flatMap((areaKey) => {
        const g = lens.gradeFor(areaKey, i);
        return g ? [{ areaKey, grade: g.grade, text: g.text, height: gradeHeight(g.scale, g.grade), gradedAreaTitle: g.areaTitle }] : [];
      }),
    })),
  };
}
