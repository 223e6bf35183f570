// The 'export.word' operation: writes the self-evaluation or the board paper of a pack to a .docx file.
import { exportWord } from '../export';
import type { HandlersFor } from '../handlers';

export const exportHandlers: HandlersFor<'export.word'> = {
  'export.word': (input, ctx) => exportWord(ctx, input.packId, input.path, input.options),
};
