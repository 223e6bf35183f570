// The council's own Word templates: one for each edition at most, kept in the database as the file the
// person chose, so the pack file stays complete.
import { z } from 'zod';
import { EXPORT_EDITIONS } from '../domain';
import { Empty, FileGrant, op } from './common';

export const WordTemplateInfoSchema = z.object({
  edition: z.enum(EXPORT_EDITIONS),
  fileName: z.string(),
  bytes: z.number().int(),
  addedAt: z.string(),
  addedBy: z.string(),
  /** Styles the export uses that the template does not have, by the names Word shows: SEF Studio's own are used for these. */
  missingStyles: z.array(z.string()),
});
export type WordTemplateInfo = z.infer<typeof WordTemplateInfoSchema>;

const Edition = z.object({ edition: z.enum(EXPORT_EDITIONS) }).strict();

export const templatesApi = {
  'templates.list': op(Empty, z.array(WordTemplateInfoSchema), 'The council’s Word templates, one for each edition that has one'),

  'templates.set': op(
    z.object({ edition: z.enum(EXPORT_EDITIONS), file: FileGrant }).strict(),
    WordTemplateInfoSchema,
    'Use a Word template (.dotx) or document (.docx) the person chose for an edition: its styles, page, header and footer',
  ),

  'templates.remove': op(Edition, z.object({ removed: z.boolean() }), 'Go back to SEF Studio’s own styles for an edition'),
} as const;
