// Files the renderer works with, without ever naming a path. The host shows the native dialog (or
// receives a drop) and hands the core a grant for that one file and one purpose; the renderer only holds
// the grant's id and the file's name. Files the core writes for the person to open or find come back the
// same way, as an opener the host can act on and nothing else can.
import { z } from 'zod';

/**
 * Every purpose a file can be granted for, and whether the core reads it or writes it. A grant is good
 * for its one purpose, once: an attachment grant cannot back up the database, a save grant cannot be read.
 */
export const FILE_PURPOSES = {
  'attach-evidence': 'read',
  'import-framework': 'read',
  'set-logo': 'read',
  'save-attachment': 'write',
  'export-word': 'write',
  'backup-database': 'write',
  'import-sheet': 'read',
  'export-sheet': 'write',
} as const;
export type FilePurpose = keyof typeof FILE_PURPOSES;
export type FileAccess = (typeof FILE_PURPOSES)[FilePurpose];
export const FILE_PURPOSE_NAMES = Object.keys(FILE_PURPOSES) as [FilePurpose, ...FilePurpose[]];

/** What a grant looks like on the wire: an unguessable id, never a path. */
export const FileGrantIdSchema = z
  .string()
  .regex(/^grant-[A-Za-z0-9_-]{20,64}$/, 'Choose the file again: this is not a file SEF Studio was given');
export type FileGrantId = z.infer<typeof FileGrantIdSchema>;

/** A file the person chose, as the renderer sees it. */
export const ChosenFileSchema = z.object({ grant: FileGrantIdSchema, name: z.string() });
export type ChosenFile = z.infer<typeof ChosenFileSchema>;

/**
 * A file the core wrote. `opener` lets the host open it in its own program (only files the core wrote to
 * be opened: exports and private copies of attachments) or show it in its folder; `location` is for
 * showing the person where it went.
 */
export const WrittenFileSchema = z.object({
  opener: z.string(),
  name: z.string(),
  location: z.string(),
  canOpen: z.boolean(),
});
export type WrittenFile = z.infer<typeof WrittenFileSchema>;
