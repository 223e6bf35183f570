// The only way a path from outside reaches the core through the contract. A host that showed the person
// a native dialog (or received a drop) calls grant() with the path and what it is for; the renderer gets
// back an unguessable id and hands it to the operation, which calls take() for its own purpose. A grant
// is for one file, one purpose (and so one direction, read or write) and one use, and it expires, so a
// compromised renderer can neither name a file of its own choosing nor reuse a file it was once given.
//
// Files the core writes for the person come back the other way, as openers (see open()): the host may
// open or reveal exactly those files and no others.
import { randomBytes } from 'node:crypto';
import { basename, isAbsolute } from 'node:path';
import { FILE_PURPOSES, FileGrantIdSchema, type FilePurpose, type WrittenFile } from '../../shared/files';
import { AppError } from '../errors';

/** Long enough to finish a dialog and a slow export; a grant left unused after this is dropped. */
const GRANT_LIFETIME_MS = 30 * 60 * 1000;
/** Openers outlive grants: "Open document" may be clicked long after the export finished. */
const MAX_OPENERS = 500;

interface Grant {
  path: string;
  purpose: FilePurpose;
  expiresAt: number;
}

interface Opener {
  path: string;
  canOpen: boolean;
}

function newToken(prefix: string): string {
  return `${prefix}-${randomBytes(18).toString('base64url')}`;
}

export class FileGrants {
  private readonly grants = new Map<string, Grant>();
  private readonly openers = new Map<string, Opener>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** Called by a host after the person chose `path` for `purpose`. The path must be absolute. */
  grant(path: string, purpose: FilePurpose): string {
    if (!isAbsolute(path) || path.includes('\0'))
      throw new AppError('invalid_input', 'SEF Studio can only be given a file by its full path.');
    this.dropExpired();
    const id = newToken('grant');
    this.grants.set(id, { path, purpose, expiresAt: this.clock() + GRANT_LIFETIME_MS });
    return id;
  }

  /**
   * The path granted for `purpose`, used up by this call. Refuses an id that was never granted, has been
   * used, has expired, or was granted for another purpose, with the same words each time, so a caller
   * probing for grants learns nothing.
   */
  take(id: unknown, purpose: FilePurpose): string {
    const grant = typeof id === 'string' && FileGrantIdSchema.safeParse(id).success ? this.grants.get(id) : undefined;
    if (!grant || grant.expiresAt < this.clock() || grant.purpose !== purpose) {
      if (grant && grant.purpose !== purpose) this.grants.delete(id as string);
      throw new AppError(
        'invalid_input',
        `SEF Studio was not given a file to ${describePurpose(purpose)}, or it has already been used. Choose the file again.`,
        { file: 'Choose the file again' },
      );
    }
    this.grants.delete(id as string);
    return grant.path;
  }

  /** Records a file the core wrote, so the host may reveal it (and open it, when canOpen). */
  open(path: string, canOpen: boolean): WrittenFile {
    if (this.openers.size >= MAX_OPENERS) this.openers.delete(this.openers.keys().next().value!);
    const opener = newToken('opener');
    this.openers.set(opener, { path, canOpen });
    return { opener, name: basename(path), location: path, canOpen };
  }

  /** The path behind an opener, for the host's "open" or "show in folder"; null for anything else. */
  resolveOpener(opener: unknown, action: 'open' | 'reveal'): string | null {
    const found = typeof opener === 'string' ? this.openers.get(opener) : undefined;
    if (!found || (action === 'open' && !found.canOpen)) return null;
    return found.path;
  }

  private dropExpired(): void {
    const now = this.clock();
    for (const [id, grant] of this.grants) if (grant.expiresAt < now) this.grants.delete(id);
  }
}

const PURPOSE_WORDS: Record<FilePurpose, string> = {
  'attach-evidence': 'attach',
  'import-framework': 'import as a framework',
  'set-logo': 'use as the logo',
  'save-attachment': 'save the attachment to',
  'export-word': 'save the document to',
  'backup-database': 'save the backup to',
  'import-sheet': 'import as a spreadsheet',
  'export-sheet': 'save the workbook to',
};

function describePurpose(purpose: FilePurpose): string {
  return PURPOSE_WORDS[purpose];
}

/** Whether the purpose reads the file or writes it. */
export function accessFor(purpose: FilePurpose): 'read' | 'write' {
  return FILE_PURPOSES[purpose];
}
