// The recent databases list, kept as JSON in the user's data folder (no 'electron' import).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pushRecent } from './policy';

export class RecentFiles {
  private list: string[] = [];

  constructor(private readonly file: string) {}

  get items(): readonly string[] {
    return this.list;
  }

  async load(): Promise<readonly string[]> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.file, 'utf8'));
      this.list = Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string').slice(0, 8) : [];
    } catch {
      this.list = [];
    }
    return this.list;
  }

  async add(path: string): Promise<readonly string[]> {
    this.list = pushRecent(this.list, path);
    await this.save();
    return this.list;
  }

  async clear(): Promise<void> {
    this.list = [];
    await this.save();
  }

  private async save(): Promise<void> {
    try {
      await mkdir(dirname(this.file), { recursive: true });
      await writeFile(`${this.file}.tmp`, JSON.stringify(this.list, null, 2));
      await rename(`${this.file}.tmp`, this.file);
    } catch {
      // The list is a convenience; failing to keep it must not stop the work.
    }
  }
}
