// The council's own Word templates, one for each edition: chosen through a file grant, read and checked
// when chosen (so an export never meets a template it cannot use), kept in the database.
import { basename } from 'node:path';
import { AppError } from '../errors';
import { readTemplate, missingStyles, MAX_TEMPLATE_BYTES } from '../export/template';
import { megabytes, readRegularFile } from '../files/read';
import { change } from '../change';
import type { HandlersFor } from '../handlers';
import { removeTemplate, saveTemplate, storedTemplates, type StoredTemplate } from '../templates/store';
import type { WordTemplateInfo } from '../../shared/api/templates';

function infoOf(t: StoredTemplate, missing: string[]): WordTemplateInfo {
  return { edition: t.edition, fileName: t.fileName, bytes: t.size, addedAt: t.addedAt, addedBy: t.addedBy, missingStyles: missing };
}

export const templateHandlers: HandlersFor<'templates.list' | 'templates.set' | 'templates.remove'> = {
  'templates.list': async (_input, ctx) =>
    (await storedTemplates(ctx.db)).map((t) => infoOf(t, missingStyles(readTemplate(t)))),

  'templates.set': async ({ edition, file }, ctx) => {
    const path = ctx.files.take(file, 'choose-template');
    const fileName = basename(path);
    const data = await readRegularFile(path, {
      maxBytes: MAX_TEMPLATE_BYTES,
      tooLarge: (bytes) =>
        new AppError(
          'too_large',
          `${fileName} is ${megabytes(bytes)}, and a template can be up to ${megabytes(MAX_TEMPLATE_BYTES)}. Remove large pictures from it in Word and choose it again.`,
        ),
      empty: () => new AppError('invalid_input', `${fileName} is empty. Choose the council’s Word template (.dotx or .docx).`),
    });
    const template = readTemplate({ fileName, data });
    const stored = await change(ctx, (c) => saveTemplate(c, edition, { fileName, data, sha256: template.sha256 }));
    return infoOf(stored, missingStyles(template));
  },

  'templates.remove': async ({ edition }, ctx) => ({ removed: await change(ctx, (c) => removeTemplate(c, edition)) }),
};
