// LibreOffice and poppler as independent readers of the Word files the app writes: a .docx to PDF, then
// the PDF's pages, text, fonts and page size. `missingRenderers` names what is not installed, so a test
// can skip saying why.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The commands the rendering tests need that are not installed. */
export const missingRenderers = ['soffice', 'pdfinfo', 'pdftotext', 'pdffonts'].filter((c) => !has(c));

export const RENDERERS_MISSING_WARNING =
  'Install libreoffice-writer and poppler-utils (apt-get install -y --no-install-recommends libreoffice-writer poppler-utils).';

export function run(command: string, args: string[], timeout = 120_000): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(command, args, { timeout, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${command} failed: ${err.message}\n${stderr}`)) : resolve(stdout),
    ),
  );
}

/** Converts with a private LibreOffice profile, so a running LibreOffice cannot swallow the call. */
export async function toPdf(docx: string, outDir: string): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'sef-lo-profile-'));
  try {
    await run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx]);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return docx.replace(/\.docx$/, '.pdf').replace(/^.*\//, `${outDir}/`);
}

export async function pageCount(pdf: string): Promise<number> {
  const info = await run('pdfinfo', [pdf]);
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** The page size in points, as pdfinfo gives it: A4 is 595 × 842, US Letter 612 × 792. */
export async function pageSize(pdf: string): Promise<{ width: number; height: number }> {
  const m = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(await run('pdfinfo', [pdf]));
  return { width: Math.round(Number(m?.[1])), height: Math.round(Number(m?.[2])) };
}

/** The fonts the PDF embeds, without their subset prefixes ("LiberationSerif-Bold"). */
export async function fontsOf(pdf: string): Promise<string[]> {
  const lines = (await run('pdffonts', [pdf])).split('\n').slice(2).filter(Boolean);
  return lines.map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
}

export const pageText = (pdf: string, page: number) => run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-']);
