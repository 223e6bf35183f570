// Issue 7, "files the renderer names": no operation of the contract takes a path. Every operation that
// reads or writes a file takes a grant the host made for that one file and purpose, and refuses a raw
// path, an id it never issued, a grant made for another purpose (the other direction included) and a
// grant used a second time. The list of such operations is read from the contract itself, so a new one
// without a case here fails this suite.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CoreContext } from '../../src/core/context';
import { call, dispatch } from '../../src/core/dispatch';
import { safeFileName } from '../../src/core/files/names';
import { PrivateCopies } from '../../src/core/files/private-copies';
import { isOpenablePath, isRunnableName } from '../../src/core/files/runnable';
import { BUILT_IN_FRAMEWORKS } from '../../src/core/frameworks/builtin';
import { api, type OpName } from '../../src/shared/api';
import { FILE_PURPOSES, type FilePurpose } from '../../src/shared/files';
import { tempContext } from '../support/tempdb';
import { makeWordTemplate } from '../support/word-template';

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
  'templates.set': { purpose: 'choose-template', file: async () => readable('template.dotx', await makeWordTemplate()), input: () => ({ edition: 'board' }) },
  'frameworks.import': {
    purpose: 'import-framework',
    file: () => readable('framework.json', JSON.stringify({ ...BUILT_IN_FRAMEWORKS[0], id: `local-${n}` })),
    input: () => ({}),
  },
  'evidence.attachFile': { purpose: 'attach-evidence', file: () => readable('audit.txt', 'audit notes'), input: () => ({ evidenceId }) },
  'evidence.saveAttachment': { purpose: 'save-attachment', file: async () => fresh('copy.txt'), input: () => ({ attachmentId }) },
  'export.word': { purpose: 'export-word', file: async () => fresh('pack.docx'), input: () => ({ packId, options: { edition: 'board' } }) },
  'database.backup': { purpose: 'backup-database', file: async () => fresh('backup.sqlite'), input: () => ({}) },
  'kit.export': { purpose: 'export-kit', file: async () => fresh('kit.docx'), input: () => ({}) },
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

describe('"Open" hands the system only documents', () => {
  it('refuses every type Windows runs or treats as active content, however the name is spelt', () => {
    const runnable = [
      'setup.exe', 'RUN.BAT', 'addin.xll', 'page.mht', 'page.mhtml', 'link.website', 'fix.diagcab', 'pack.cab', 'script.msh', 'look.theme',
      'x.exe::$DATA', 'report.pdf:hidden', 'run.exe. ', 'run.exe...', 'x.hta', 'x.lnk', 'x.url', 'x.js', 'x.ps1', 'x.vbs', 'x.wsf', 'x.scr',
      'x.msi', 'x.appinstaller', 'x.library-ms', 'x.settingcontent-ms', 'x.html', 'x.svg', 'x.iso', 'x.vhdx', 'x.jnlp', 'x.desktop', 'x.sh',
    ];
    for (const name of runnable) expect(isRunnableName(name), name).toBe(true);
    for (const name of ['Audit.PDF', 'Board paper.docx', 'figures.xlsx', 'photo.jpeg', 'minutes.msg', 'notes.txt', 'README', 'a.exe.pdf'])
      expect(isRunnableName(name), name).toBe(false);
    expect(isOpenablePath('C:\\Users\\sam\\Audit.pdf')).toBe(true);
    expect(isOpenablePath('C:\\Users\\sam\\x.exe::$DATA')).toBe(false);
    expect(isOpenablePath('relative.pdf')).toBe(false);
  });

  it('makes no copy to open of an attachment that would run, and says to save a copy instead', async () => {
    const runs = await call(ctx, 'evidence.attachFile', { evidenceId, file: ctx.files.grant(await readable('addin.xll', 'MZ'), 'attach-evidence') });
    await ctx.privateCopies.prepare();
    const before = await readdir(ctx.privateCopies.root);
    expect(await dispatch(ctx, 'evidence.openableCopy', { attachmentId: runs.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/addin\.xll is a program or runs code when opened.*Save a copy/) },
    });
    expect(await readdir(ctx.privateCopies.root)).toEqual(before);
    const opened = await call(ctx, 'evidence.openableCopy', { attachmentId });
    expect(opened.file).toMatchObject({ name: expect.stringMatching(/first\.txt$/), canOpen: true });
  });
});

describe('copies to open go in a private folder SEF Studio made, and are removed', () => {
  const privateRoot = () => fresh('private');

  it('makes the folder for this user only and empties it on quit and at the next start', async () => {
    const root = privateRoot();
    const copies = new PrivateCopies(root);
    const first = await copies.write('CON.docx', Buffer.from('one'));
    expect(first.startsWith(root)).toBe(true);
    expect(first.endsWith(`${sep}_CON.docx`)).toBe(true);
    if (process.platform !== 'win32') expect((await stat(root)).mode & 0o777).toBe(0o700);
    await copies.clear(); // the app quitting
    expect(await readdir(root)).toEqual(['.sef-studio-private']);

    await copies.write('left by a crash.txt', Buffer.from('two'));
    await new PrivateCopies(root).prepare(); // the next start
    expect(await readdir(root)).toEqual(['.sef-studio-private']);
  });

  it('refuses a folder at that place that it did not make, and leaves it alone', async () => {
    const planted = privateRoot();
    await mkdir(planted, { mode: 0o700 });
    await writeFile(join(planted, 'theirs.txt'), 'not ours');
    await expect(new PrivateCopies(planted).write('a.txt', Buffer.from('a'))).rejects.toThrow(/will not put copies of attachments in .*it was not made by SEF Studio/);
    expect(await readdir(planted)).toEqual(['theirs.txt']);
    if (process.platform === 'win32') return;
    const { chmod, symlink } = await import('node:fs/promises');
    const shared = privateRoot();
    await new PrivateCopies(shared).prepare();
    await chmod(shared, 0o755);
    await expect(new PrivateCopies(shared).prepare()).rejects.toThrow(/another user owns it or can read it/);
    const linked = privateRoot();
    await symlink(dir, linked);
    await expect(new PrivateCopies(linked).prepare()).rejects.toThrow(/not a folder SEF Studio made/);
  });
});

describe('file names are safe on every platform', () => {
  it('makes Windows device names, forbidden characters, trailing dots and spaces, bidi marks and lone surrogates safe', () => {
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('nul.txt')).toBe('_nul.txt');
    expect(safeFileName('COM1.docx')).toBe('_COM1.docx');
    expect(safeFileName('lpt9')).toBe('_lpt9');
    expect(safeFileName('console.txt')).toBe('console.txt');
    expect(safeFileName('a:b?c"d<e>f|g*h.txt')).toBe('a_b_c_d_e_f_g_h.txt');
    expect(safeFileName('x.exe::$DATA')).toBe('x.exe__$DATA');
    expect(safeFileName('report.docx. . ')).toBe('report.docx');
    expect(safeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(safeFileName('a\u2066b\u200Fc.pdf')).toBe('abc.pdf');
    expect(safeFileName('bad\uD800name.txt')).toBe('badname.txt');
    expect(safeFileName('bad\uDC00name.txt')).toBe('badname.txt');
    expect(safeFileName('📊 résumé.pdf')).toBe('📊 résumé.pdf');
    expect(safeFileName('. .')).toBe('attachment');
  });
});
