// Unsaved texts kept on disk, one small file per database, so a crash, a forced quit or a power cut
// while the team database cannot be reached does not lose them (the renderer's held drafts,
// src/renderer/editor/heldDrafts.ts, live in memory only). The file is named by the database's identity
// (a SQLite file's own identity, migration 006; a team database's server + database), never by a path the
// renderer gives: the renderer only sends texts. Each write goes to a temporary file, is flushed to disk
// and renamed over the old one, so a power cut leaves either the old file or the new one, never half of
// one. Writes are debounced: typing replaces the pending set, and only the last one is written.
//
// The renderer reaches it over CHANNELS.keepDrafts / recoveredDrafts (ipc.ts), which pick the identity.
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** One unsaved text: which text, what it says, the version it was based on, and where it was written. */
export const KeptDraftSchema = z.object({
  /** DocSaver.key: "narrative:<area>/<section>", "pack:<id>/context". */
  key: z.string().min(1).max(200),
  /** The rich-text document, as the editor holds it; checked by the renderer when restored. */
  doc: z.unknown(),
  /** The version the text was based on, so a restore goes through the normal stale-version check. */
  baseVersion: z.number().int().nonnegative().nullable(),
  /** "Area X – question Y", to list it in the recovered-drafts notice. */
  place: z.string().max(400),
  /** What the renderer needs to put it back where it was written (its screen, its save); checked there. */
  resume: z.unknown().optional(),
}).strict();
export type KeptDraft = z.infer<typeof KeptDraftSchema>;

/** A whole set, as the renderer sends it and as the file holds it. */
export const KeptDraftsSchema = z.array(KeptDraftSchema).max(500);
const StoredSchema = z.object({ version: z.literal(1), drafts: KeptDraftsSchema });

/** A bigger set is refused rather than written: unsaved text is a few narratives, not megabytes. */
export const MAX_DRAFTS_BYTES = 2 * 1024 * 1024;

export interface DraftsStoreOptions {
  /** The app's userData folder; files go in its drafts/ folder. */
  userData: string;
  /** How long typing may go on before the set is written. */
  debounceMs?: number;
  log?: (message: string) => void;
}

export class DraftsStore {
  private readonly folder: string;
  private readonly debounceMs: number;
  private readonly log: (message: string) => void;
  /** Per file: the set waiting to be written, and its timer. */
  private readonly pending = new Map<string, { drafts: KeptDraft[]; timer: NodeJS.Timeout }>();
  /** Per file: the write under way, so writes to one file never overlap. */
  private readonly writing = new Map<string, Promise<void>>();

  constructor(options: DraftsStoreOptions) {
    this.folder = join(options.userData, 'drafts');
    this.debounceMs = options.debounceMs ?? 500;
    this.log = options.log ?? (() => undefined);
  }

  /** The file for a database identity; hashed so no identity (a server name, say) can name another path. */
  fileFor(identity: string): string {
    return join(this.folder, `${createHash('sha256').update(identity).digest('hex').slice(0, 32)}.json`);
  }

  /**
   * The drafts kept for a database. A file that cannot be read back (cut short by another program,
   * edited by hand) is logged and moved aside, never a crash, and gives no drafts.
   */
  async load(identity: string): Promise<KeptDraft[]> {
    const file = this.fileFor(identity);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return [];
    }
    try {
      const parsed = StoredSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data.drafts;
      this.log(`Unsaved drafts file ${file} is not in the expected form; moved aside`);
    } catch {
      this.log(`Unsaved drafts file ${file} could not be read; moved aside`);
    }
    await rename(file, `${file}.unreadable-${Date.now()}`).catch(() => undefined);
    return [];
  }

  /** Keeps this set (the whole set of unsaved texts for that database), written after the debounce. */
  keep(identity: string, drafts: KeptDraft[]): void {
    const file = this.fileFor(identity);
    const waiting = this.pending.get(file);
    if (waiting) clearTimeout(waiting.timer);
    const timer = setTimeout(() => void this.writeNow(file), this.debounceMs);
    this.pending.set(file, { drafts, timer });
  }

  /** Writes every waiting set at once (on quit, and in tests). */
  async flush(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((file) => this.writeNow(file)));
    await Promise.all([...this.writing.values()]);
  }

  private writeNow(file: string): Promise<void> {
    const waiting = this.pending.get(file);
    if (!waiting) return this.writing.get(file) ?? Promise.resolve();
    clearTimeout(waiting.timer);
    this.pending.delete(file);
    const previous = this.writing.get(file) ?? Promise.resolve();
    const next = previous.then(() => this.write(file, waiting.drafts));
    this.writing.set(file, next);
    return next;
  }

  /** No drafts left: the file goes. Otherwise temp + fsync + rename. Failures are logged, never thrown. */
  private async write(file: string, drafts: KeptDraft[]): Promise<void> {
    try {
      if (drafts.length === 0) {
        await rm(file, { force: true });
        return;
      }
      const text = JSON.stringify({ version: 1, drafts } satisfies z.infer<typeof StoredSchema>);
      if (Buffer.byteLength(text) > MAX_DRAFTS_BYTES) {
        this.log(`Unsaved drafts for ${file} are over ${MAX_DRAFTS_BYTES} bytes; not written`);
        return;
      }
      await mkdir(this.folder, { recursive: true });
      const temporary = `${file}.tmp`;
      const handle = await open(temporary, 'w', 0o600);
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, file);
    } catch (error) {
      this.log(`Could not keep unsaved drafts in ${file}: ${(error as Error).message}`);
    }
  }
}

/**
 * What the renderer's two channels do (ipc.ts, and the browser tests' host), and what "Leave without
 * saving" does to the kept copy (index.ts). The set sent is checked, and the file follows from the database,
 * never from anything the renderer says: the database the page was started on, which it asks for its
 * recovered texts on opening. Not the one open at the moment of each send: when another database is opened,
 * the page's last set can arrive after the switch (its send waits 0.3 s for typing to stop), and was then
 * written into the new database's file, to be offered there against areas it does not have.
 */
export function draftsChannels(store: DraftsStore, identity: () => Promise<string | null>) {
  /** The identity of the page's database; null before the page asks, and after it was left without saving. */
  let pageDatabase: string | null = null;
  return {
    async keep(payload: unknown): Promise<void> {
      const drafts = KeptDraftsSchema.parse(payload);
      if (pageDatabase) store.keep(pageDatabase, drafts);
    },
    async recovered(): Promise<KeptDraft[]> {
      pageDatabase = await identity();
      return pageDatabase ? store.load(pageDatabase) : [];
    },
    /**
     * The person chose "Leave without saving": the page's kept texts go, and what the page sends from now
     * on (a set still on its way) is not kept, until a page asks again for its recovered texts.
     */
    left(): void {
      if (pageDatabase) store.keep(pageDatabase, []);
      pageDatabase = null;
    },
  };
}

export type DraftsChannels = ReturnType<typeof draftsChannels>;
