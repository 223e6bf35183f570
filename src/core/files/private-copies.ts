// Opening an attachment hands the person's own program a real file. It is written into a private folder
// that SEF Studio made for itself (only this user can read it), one sub-folder per copy so two files of
// the same name never collide, and the folder is emptied when the app quits and again at the next start.
// A folder at that place that SEF Studio did not make (another user's, a link planted there, one without
// our marker) is refused rather than used.
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../errors';
import { safeFileName } from './names';

const MARKER = '.sef-studio-private';
const posix = process.platform !== 'win32';

/** The default place: per user on every platform (Windows' temporary folder is already per user). */
export function defaultPrivateRoot(): string {
  const user = posix ? String(userInfo().uid) : safeFileName(userInfo().username);
  return join(tmpdir(), `sef-studio-${user}`);
}

export class PrivateCopies {
  private ready: Promise<void> | null = null;
  private marker: string | null = null;

  constructor(readonly root: string = defaultPrivateRoot()) {}

  /** Makes the folder (or checks the one there is ours) and empties what an earlier run left. */
  prepare(): Promise<void> {
    this.ready ??= this.makeOrAdopt().catch((err: unknown) => {
      this.ready = null;
      throw err;
    });
    return this.ready;
  }

  private async makeOrAdopt(): Promise<void> {
    const made = await mkdir(this.root, { mode: 0o700 }).then(
      () => true,
      (err: NodeJS.ErrnoException) => {
        if (err.code === 'EEXIST') return false;
        throw err;
      },
    );
    if (made) {
      this.marker = randomBytes(16).toString('hex');
      await writeFile(join(this.root, MARKER), this.marker, { mode: 0o600, flag: 'wx' });
      return;
    }
    await this.assertOurs();
    await this.clear();
  }

  private async assertOurs(): Promise<void> {
    const refuse = (why: string) =>
      new AppError(
        'io_error',
        `SEF Studio will not put copies of attachments in ${this.root}: ${why}. Remove that folder, then try again.`,
      );
    const info = await lstat(this.root);
    if (info.isSymbolicLink() || !info.isDirectory()) throw refuse('it is not a folder SEF Studio made');
    if (posix && (info.uid !== process.getuid?.() || (info.mode & 0o077) !== 0))
      throw refuse('another user owns it or can read it');
    const marker = await readFile(join(this.root, MARKER), 'utf8').catch(() => null);
    if (!marker || !/^[0-9a-f]{32}$/.test(marker)) throw refuse('it was not made by SEF Studio');
    this.marker = marker;
  }

  /** Writes a private copy and returns its path; the name is made safe for every platform. */
  async write(fileName: string, data: Uint8Array): Promise<string> {
    await this.prepare();
    const folder = await mkdtemp(join(this.root, 'open-'));
    const path = join(folder, safeFileName(fileName));
    await writeFile(`${path}.partial`, data, { mode: 0o600, flag: 'wx' });
    await rename(`${path}.partial`, path);
    return path;
  }

  /** Removes every copy (on quit, and at start for what a crash left). The folder and marker stay. */
  async clear(): Promise<void> {
    const entries = await readdir(this.root).catch(() => [] as string[]);
    // A copy still open in another program (Windows refuses to remove it) is left for the next start.
    await Promise.allSettled(entries.filter((e) => e !== MARKER).map((e) => rm(join(this.root, e), { recursive: true, force: true })));
  }
}
