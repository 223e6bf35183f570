// Writing the document: through a temporary file beside the target and a rename, so a failure never
// leaves half a document and never touches a file already at the path.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors';
import { checkTargetPath, writeAtomically } from '../../src/core/export/write';
import { tempDir } from '../support/tempdb';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('writeAtomically', () => {
  it('writes the file and leaves nothing else in the folder', async () => {
    const path = join(dir, 'pack.docx');
    expect(await writeAtomically(path, Buffer.from('new'))).toBe(path);
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['pack.docx']);
  });

  it('replaces a file already at the path', async () => {
    const path = join(dir, 'pack.docx');
    await writeFile(path, 'old');
    await writeAtomically(path, Buffer.from('new'));
    expect(await readFile(path, 'utf8')).toBe('new');
  });

  it('on a failure removes its temporary file and leaves the existing file untouched', async () => {
    const path = join(dir, 'pack.docx');
    await writeFile(path, 'old');
    const bad = {} as unknown as Uint8Array; // not bytes: writing fails part-way
    await expect(writeAtomically(path, bad)).rejects.toMatchObject({ code: 'io_error' });
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['pack.docx']);
  });

  it('refuses a folder that does not exist, saying so', async () => {
    const path = join(dir, 'missing', 'pack.docx');
    const err = await checkTargetPath(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('invalid_input');
    expect((err as AppError).message).toContain(`The folder ${join(dir, 'missing')} does not exist`);
  });

  it('refuses a path that is a folder', async () => {
    await mkdir(join(dir, 'out.docx'));
    await expect(checkTargetPath(join(dir, 'out.docx'))).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
