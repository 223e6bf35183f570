// The board paper's own words: a pack's, and the council's defaults in Settings. What the paper prints
// for each field comes from export/board-text.ts, from the same snapshot the export reads.
import { updateBoardPaperDefaults, updatePackBoardPaper, boardPaperDefaults } from '../board-paper/store';
import { change } from '../change';
import { effectiveBoardPaper } from '../export/board-text';
import { loadSnapshot } from '../export/snapshot';
import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers';
import { packById } from '../packs/rows';

async function view(ctx: CoreContext, packId: string) {
  const paper = effectiveBoardPaper(await loadSnapshot(ctx, packId));
  return { packId, ...paper };
}

export const boardPaperHandlers: HandlersFor<'boardPaper.get' | 'boardPaper.update' | 'boardPaper.getDefaults' | 'boardPaper.setDefaults'> = {
  'boardPaper.get': async ({ packId }, ctx) => view(ctx, packId),

  // The paper's words are the paper's, not the self-evaluation's: they can change after sign-off, when
  // the paper is written for its meeting. Every change is in the history.
  'boardPaper.update': async ({ packId, fields }, ctx) => {
    await change(ctx, async (c) => {
      await packById(c.tx, packId);
      await updatePackBoardPaper(c, packId, fields);
    });
    return view(ctx, packId);
  },

  'boardPaper.getDefaults': async (_input, ctx) => boardPaperDefaults(ctx.db),

  'boardPaper.setDefaults': async ({ fields }, ctx) =>
    change(ctx, async (c) => {
      await updateBoardPaperDefaults(c, fields);
      return boardPaperDefaults(c.tx);
    }),
};
