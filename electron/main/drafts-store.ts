// Unsaved texts kept on disk, one small file per database, so a crash, a forced quit or a power cut
// while the team database cannot be reached does not lose them (the renderer's held drafts,
// src/renderer/editor/heldDrafts.ts, live in memory only). The file is named by the database's identity
// (a SQLite file's own identity, migration 006; a team database's server + database), never by a path the
// renderer gives: the renderer only sends texts. Each write goes to a temporary file, is flushed to disk
// and renamed over the old one, so a power cut leaves either the old file or the new one, never half of
// one. Writes are spaced, not put off: the first set after a quiet spell is written at once, and while
// typing goes on the latest set is written at most every `gapMs`, so a crash loses well under a second.
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

/**
 * Unsaved text is a few narratives, not megabytes: a bigger set is written without its largest texts
 * (logged by place), so one enormous paste neither fills the disk nor stops the other texts being kept.
 */
export const MAX_DRAFTS_BYTES = 2 * 1024 * 1024;

export interface DraftsStoreOptions {
  /** The app's userData folder; files go in its drafts/ folder. */
  userData: string;
  /** The least time between two writes of one file while typing goes on. */
  gapMs?: number;
  log?: (message: string) => void;
}

export class DraftsStore {
  private readonly folder: string;
  private readonly gapMs: number;
  private readonly log: (message: string) => void;
  /** Per file: the set waiting to be written, and its timer. */
  private readonly pending = new Map<string, { drafts: KeptDraft[]; timer: NodeJS.Timeout }>();
  /** Per file: the write under way, so writes to one file never overlap. */
  private readonly writing = new Map<string, Promise<void>>();
  /** Per file: when its last write began, to space the next one. */
  private readonly lastWrite = new Map<string, number>();

  constructor(options: DraftsStoreOptions) {
    this.folder = join(options.userData, 'drafts');
    this.gapMs = options.gapMs ?? 250;
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
    // A page loaded again after a crash asks at once: the last set it sent may still be waiting its turn.
    await this.writeNow(file);
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

  /**
   * Keeps this set (the whole set of unsaved texts for that database): at once after a quiet spell,
   * otherwise when the gap since the last write is up, replacing any set still waiting.
   */
  keep(identity: string, drafts: KeptDraft[]): void {
    const file = this.fileFor(identity);
    const waiting = this.pending.get(file);
    if (waiting) {
      waiting.drafts = drafts;
      return;
    }
    const wait = Math.max(0, (this.lastWrite.get(file) ?? -Infinity) + this.gapMs - Date.now());
    const timer = setTimeout(() => void this.writeNow(file), wait);
    this.pending.set(file, { drafts, timer });
  }

  /** The person let this database's texts go: any set waiting is dropped and the file removed. */
  async forget(identity: string): Promise<void> {
    const file = this.fileFor(identity);
    const waiting = this.pending.get(file);
    if (waiting) {
      clearTimeout(waiting.timer);
      this.pending.delete(file);
    }
    await this.writeAfterOthers(file, []);
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
    this.lastWrite.set(file, Date.now());
    return this.writeAfterOthers(file, waiting.drafts);
  }

  /** Writes this set once the write under way to the same file is done, so they never overlap. */
  private writeAfterOthers(file: string, drafts: KeptDraft[]): Promise<void> {
    const previous = this.writing.get(file) ?? Promise.resolve();
    const next = previous.then(() => this.write(file, drafts));
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
      const text = JSON.stringify({ version: 1, drafts: this.withinCap(file, drafts) } satisfies z.infer<typeof StoredSchema>);
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

  /** The set without its largest texts, as few as need to go for it to fit MAX_DRAFTS_BYTES. */
  private withinCap(file: string, drafts: KeptDraft[]): KeptDraft[] {
    const sizes = new Map(drafts.map((d) => [d, Buffer.byteLength(JSON.stringify(d)) + 1]));
    let total = [...sizes.values()].reduce((a, b) => a + b, 64);
    if (total <= MAX_DRAFTS_BYTES) return drafts;
    const leftOut = new Set<KeptDraft>();
    for (const [d, size] of [...sizes].sort((a, b) => b[1] - a[1])) {
      if (total <= MAX_DRAFTS_BYTES) break;
      leftOut.add(d);
      total -= size;
    }
    const places = [...leftOut].map((d) => d.place || d.key).join('; ');
    this.log(`Unsaved drafts for ${file} are over ${MAX_DRAFTS_BYTES} bytes; kept without the largest: ${places}`);
    return drafts.filter((d) => !leftOut.has(d));
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
  /** The identity of the page's database; null before the page asks. */
  let pageDatabase: string | null = null;
  /** The database whose kept texts the person chose to leave; they go once the page has gone (see left). */
  let leftDatabase: string | null = null;
  /** The page has gone, by the person's leave: the texts they chose to leave go from the disk too. */
  const forgetLeft = async () => {
    if (leftDatabase === null) return;
    const left = leftDatabase;
    leftDatabase = null;
    await store.forget(left);
  };
  return {
    async keep(payload: unknown): Promise<void> {
      const drafts = KeptDraftsSchema.parse(payload);
      if (pageDatabase) store.keep(pageDatabase, drafts);
    },
    /** A page opening: the texts left by the one before it go, then this page's database is looked up. */
    async recovered(): Promise<KeptDraft[]> {
      await forgetLeft();
      pageDatabase = await identity();
      return pageDatabase ? store.load(pageDatabase) : [];
    },
    /**
     * The person chose "Leave without saving". The kept texts go when the page does (the next page opening,
     * or quitting), not now: the switch they agreed to may still fail (a wrong password, a file that will
     * not open), and then the page and its texts stay, and are still kept against a crash.
     */
    left(): void {
      leftDatabase = pageDatabase;
    },
    /** The switch the person agreed to leave their texts for did not happen: the page stays, and so do its texts. */
    stayed(): void {
      leftDatabase = null;
    },
    /** Quitting: texts the person chose to leave go; the rest are written. */
    async quitting(): Promise<void> {
      await forgetLeft();
      await store.flush();
    },
  };
}

export type DraftsChannels = ReturnType<typeof draftsChannels>;
