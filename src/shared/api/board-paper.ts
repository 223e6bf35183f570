// The board paper's own words: per pack, and the council-wide defaults kept in Settings.
import { z } from 'zod';
import {
  BOARD_PAPER_FIELDS,
  BOARD_PAPER_SOURCES,
  BoardPaperFieldsSchema,
  BoardPaperPatchSchema,
  BoardPaperValuesSchema,
} from '../board-paper';
import { Id } from '../entities';
import { Empty, op, PackRef } from './common';

export const BoardPaperViewSchema = z.object({
  packId: Id,
  /** Every field as the paper will print it. */
  fields: BoardPaperFieldsSchema,
  /** Where each printed value comes from: the pack's own words, the default in Settings, or generated. */
  sources: z.record(z.enum(BOARD_PAPER_FIELDS), z.enum(BOARD_PAPER_SOURCES)),
  /** The generated words for every field, to show beside the pack's own or to go back to. */
  generated: BoardPaperFieldsSchema,
});
export type BoardPaperView = z.infer<typeof BoardPaperViewSchema>;

export const boardPaperApi = {
  'boardPaper.get': op(PackRef, BoardPaperViewSchema, 'The board paper of a pack: each field as it will print, and where it comes from'),

  'boardPaper.update': op(
    z.object({ packId: Id, fields: BoardPaperPatchSchema }).strict(),
    BoardPaperViewSchema,
    'Set the pack’s own words for fields of its board paper; null gives a field back to the default',
  ),

  'boardPaper.getDefaults': op(Empty, BoardPaperValuesSchema, 'The council’s default words for every board paper'),

  'boardPaper.setDefaults': op(
    z.object({ fields: BoardPaperPatchSchema }).strict(),
    BoardPaperValuesSchema,
    'Set the council’s default words for board papers; null removes a default, so the words are generated',
  ),
} as const;
