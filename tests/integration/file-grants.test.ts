// Issue 7, "files the renderer names": no operation of the contract takes a path. Every operation that
// reads or writes a file takes a grant the host made for that one file and purpose, and refuses a raw
// path, an id it never issued, a grant made for another purpose (the other direction included) and a
// grant used a second time. The list of such operations is read from the contract itself, so a new one
// without a case here fails this suite.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CoreContext } from '../../src/core/context';
import { call, dispatch } from '../../src/core/dispatch';
import { BUILT_IN_FRAMEWORKS } from '../../src/core/frameworks/builtin';
import { api, type OpName } from '../../src/shared/api';
import { FILE_PURPOSES, type FilePurpose } from '../../src/shared/files';
import { tempContext } from '../support/tempdb';

let ctx: CoreContext;
let dir: string;
let dbPath: string;
let cleanup: () => Promise<void>;
let attachmentId: string;
let evidenceId: string;
let packId: string;

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

interface FileCase {
  purpose: FilePurpose;
  /** A file the operation can use, made fresh for each attempt. */
  file(): Promise<string>;
  /** The rest of a valid input. */
  input(): Record<string, unknown>;
}

let n = 0;
const fresh = (name: string) => join(dir, `${n++}-${name}`);
async function readable(name: string, data: string | Buffer): Promise<string> {
  const path = fresh(name);
  await writeFile(path, data);
  return path;
}

const CASES: Record<string, FileCase> = {
  'settings.setLogo': { purpose: 'set-logo', file: () => readable('logo.png', PNG), input: () => ({}) },
  'frameworks.import': {
    purpose: 'import-framework',
    file: () => readable('framework.json', JSON.stringify({ ...BUILT_IN_FRAMEWORKS[0], id: `local-${n}` })),
    input: () => ({}),
  },
  'evidence.attachFile': { purpose: 'attach-evidence', file: () => readable('audit.txt', 'audit notes'), input: () => ({ evidenceId }) },
  'evidence.saveAttachment': { purpose: 'save-attachment', file: async () => fresh('copy.txt'), input: () => ({ attachmentId }) },
  'export.word': { purpose: 'export-word', file: async () => fresh('pack.docx'), input: () => ({ packId, options: { edition: 'board' } }) },
  'database.backup': { purpose: 'backup-database', file: async () => fresh('backup.sqlite'), input: () => ({}) },
  'sheets.open': {
    purpose: 'import-sheet',
    file: () => readable('register.csv', 'Reference,Title\nE900,Audit of supervision\n'),
    input: () => ({ kind: 'evidence' }),
  },
  'sheets.export': { purpose: 'export-sheet', file: async () => fresh('plan.xlsx'), input: () => ({ kind: 'actions', packId }) },
};

/** Operations whose input has a `file` field: the ones that touch the file system for the renderer. */
function fileOperations(): OpName[] {
  return (Object.keys(api) as OpName[]).filter((name) => {
    const input = api[name].input as unknown as z.ZodObject<z.ZodRawShape>;
    return input instanceof z.ZodObject && 'file' in input.shape;
  });
}

/** A purpose with the other direction (read for write, write for read). */
function otherDirection(purpose: FilePurpose): FilePurpose {
  return (Object.keys(FILE_PURPOSES) as FilePurpose[]).find((p) => FILE_PURPOSES[p] !== FILE_PURPOSES[purpose])!;
}

async function attempt(op: string, file: unknown) {
  return dispatch(ctx, op, { ...CASES[op]!.input(), file });
}

beforeAll(async () => {
  ({ ctx, dir, path: dbPath, cleanup } = await tempContext());
  const framework = BUILT_IN_FRAMEWORKS.find((f) => f.id === 'ilacs-2023')!;
  packId = (await call(ctx, 'packs.create', { title: 'Grants', frameworkId: framework.id, period: '2026–27', asAt: '2026-11-23' })).id;
  evidenceId = (await call(ctx, 'evidence.create', { title: 'Audit', type: 'case_file_audit' })).id;
  const attachment = await call(ctx, 'evidence.attachFile', {
    evidenceId,
    file: ctx.files.grant(await readable('first.txt', 'first'), 'attach-evidence'),
  });
  attachmentId = attachment.id;
});
afterAll(() => cleanup());

describe('operations that touch files take grants, never paths', () => {
  it('knows every such operation in the contract', () => {
    expect(fileOperations().sort()).toEqual(Object.keys(CASES).sort());
  });

  describe.each(Object.keys(CASES))('%s', (op) => {
    const { purpose } = CASES[op]!;

    it('works with a grant for its purpose, once', async () => {
      const path = await CASES[op]!.file();
      const grant = ctx.files.grant(path, purpose);
      expect(await attempt(op, grant)).toMatchObject({ ok: true });
      const again = await attempt(op, grant);
      expect(again).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/Choose the file again/) } });
    });

    it('refuses a path, even an absolute one to a real file', async () => {
      const path = await CASES[op]!.file();
      for (const raw of [path, '/etc/passwd', 'relative/name.txt', '../../.bashrc'])
        expect(await attempt(op, raw)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    });

    it('refuses an id it never issued', async () => {
      expect(await attempt(op, 'grant-AAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    });

    it('refuses a grant made for another purpose, and that grant is then spent', async () => {
      const path = await CASES[op]!.file();
      const before = await stat(path).then((s) => s.mtimeMs, () => null);
      const wrong = ctx.files.grant(path, otherDirection(purpose));
      expect(await attempt(op, wrong)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await stat(path).then((s) => s.mtimeMs, () => null)).toBe(before);
      expect(() => ctx.files.take(wrong, otherDirection(purpose))).toThrow(/Choose the file again/);
    });
  });
});

describe('what reading a granted file never does', () => {
  it('echoes none of a file that is not JSON back in the message', async () => {
    const path = await readable('passwd.json', 'root:x:0:0:root:/root:/bin/bash\n');
    const result = await dispatch(ctx, 'frameworks.import', { file: ctx.files.grant(path, 'import-framework') });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(result)).not.toMatch(/root|bash/);
  });

  it('refuses a folder, a device and a named pipe before reading them, without hanging', async () => {
    const folder = fresh('folder');
    await mkdir(folder);
    const targets = [folder, '/dev/zero'];
    if (process.platform !== 'win32') {
      const fifo = fresh('pipe');
      const { execFileSync } = await import('node:child_process');
      execFileSync('mkfifo', [fifo]);
      targets.push(fifo, fifo, fifo, fifo, fifo); // several at once: none may tie up the thread pool
    }
    const results = await Promise.all(
      targets.map((path) => dispatch(ctx, 'evidence.attachFile', { evidenceId, file: ctx.files.grant(path, 'attach-evidence') })),
    );
    for (const result of results) expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/is (a folder|a device|a named pipe)/) } });
    // The database is still answering.
    expect(await call(ctx, 'database.check', {})).toMatchObject({ ok: true });
  });
});

describe('never over the open database', () => {
  it('refuses to write an attachment, an export or a backup over the database or its side files', async () => {
    const before = createHash('sha256').update(await readFile(dbPath)).digest('hex');
    for (const target of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, join(dir, '.', 'pack.sqlite')])
      for (const op of ['evidence.saveAttachment', 'export.word', 'database.backup']) {
        const result = await attempt(op, ctx.files.grant(target, CASES[op]!.purpose));
        expect(result, `${op} over ${target}`).toMatchObject({
          ok: false,
          error: { code: 'invalid_input', message: expect.stringMatching(/is the database SEF Studio has open/) },
        });
      }
    expect(createHash('sha256').update(await readFile(dbPath)).digest('hex')).toBe(before);
    expect(await call(ctx, 'database.check', {})).toMatchObject({ ok: true });
  });

  it('sees through another name for it: a symbolic link and a hard link', async () => {
    if (process.platform === 'win32') return;
    const { link, symlink } = await import('node:fs/promises');
    const soft = fresh('soft.sqlite');
    const hard = fresh('hard.sqlite');
    await symlink(dbPath, soft);
    await link(dbPath, hard);
    for (const target of [soft, hard])
      expect(await attempt('database.backup', ctx.files.grant(target, 'backup-database'))).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/is the database SEF Studio has open/) },
      });
  });

  it('leaves no temporary file behind when a write is refused or fails', async () => {
    const names = await readdir(dir);
    expect(names.filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});
