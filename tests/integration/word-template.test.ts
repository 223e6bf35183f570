// The council's own Word template, against a real database with the demo in it: chosen through a file
// grant, checked when chosen, kept in the database, and used by the export (its heading font and colour,
// page size and margins, header with its logo and footer, with the marking still there), with the styles
// it lacks falling back to SEF Studio's own and said. The template is a real .dotx the test makes; the
// exported file is read back by unzipping it and rendered by LibreOffice.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CoreContext } from '../../src/core/context';
import { populateDemo } from '../../src/core/demo/index';
import { call, dispatch } from '../../src/core/dispatch';
import type { PackDetail } from '../../src/shared/entities';
import type { ChangeEvent } from '../../src/shared/events';
import { footerParts, headerParts, partText, readBack } from '../unit/export-readback';
import { grant } from '../support/grants';
import { fontsOf, missingRenderers, pageSize, pageText, RENDERERS_MISSING_WARNING, toPdf } from '../support/libreoffice';
import { tempContext } from '../support/tempdb';
import { makeWordTemplate, TEMPLATE_LOOK } from '../support/word-template';

let ctx: CoreContext;
let dir: string;
let dbPath: string;
let cleanup: () => Promise<void>;
let detail: PackDetail;
const events: ChangeEvent[] = [];

beforeAll(async () => {
  ({ ctx, dir, path: dbPath, cleanup } = await tempContext());
  await populateDemo(ctx);
  ctx.onChange = (e) => events.push(e);
  const [pack] = await call(ctx, 'packs.list', {});
  detail = await call(ctx, 'packs.get', { packId: pack!.id });
}, 120_000);
afterAll(() => cleanup());

if (missingRenderers.length)
  console.warn(`Skipping the LibreOffice rendering of the council's template: ${missingRenderers.join(', ')} not found. ${RENDERERS_MISSING_WARNING}`);

async function templateFile(name: string, options: Parameters<typeof makeWordTemplate>[0] = {}): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, await makeWordTemplate(options));
  return path;
}

async function exportBoard(name: string) {
  const path = join(dir, name);
  await call(ctx, 'export.word', { packId: detail.pack.id, file: grant(ctx, path, 'export-word'), options: { edition: 'board', marking: 'official_sensitive' } });
  return { path, read: await readBack(await readFile(path)) };
}

/** A style's XML in styles.xml, by id. */
function styleXml(stylesXml: string, id: string): string {
  return new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(stylesXml)?.[0] ?? '';
}

async function refused(op: string, input: unknown) {
  const r = await dispatch(ctx, op, input);
  if (r.ok) throw new Error(`${op} was expected to be refused`);
  return r.error;
}

describe('the council’s Word template', () => {
  it('is kept in the database when chosen, with the styles it lacks named, and the choice is in the history', async () => {
    const path = await templateFile('Committee report.dotx', { without: ['Heading3'] });
    const info = await call(ctx, 'templates.set', { edition: 'board', file: grant(ctx, path, 'choose-template') });
    expect(info).toMatchObject({ edition: 'board', fileName: 'Committee report.dotx', bytes: (await readFile(path)).length });
    expect(info.missingStyles).toContain('Heading 3');
    expect(info.missingStyles).not.toContain('Heading 1');
    expect(await call(ctx, 'templates.list', {})).toEqual([info]);
    // The file itself is in the database: the pack file is complete without it.
    const row = await ctx.db.get<{ data: Buffer }>('SELECT data FROM word_templates WHERE edition = ?', ['board']);
    expect(Buffer.from(row!.data).equals(await readFile(path))).toBe(true);
    expect(events.at(-1)?.entities).toContain('wordTemplate');
    const [entry] = await call(ctx, 'audit.list', { entity: 'wordTemplate', limit: 1 });
    expect(entry?.action).toBe('Chose the Word template for the board paper: Committee report.dotx');
  });

  it('dresses the board paper in the template: heading font and colour, page, header with its logo, footer, marking kept', async () => {
    const { read } = await exportBoard('board-in-template.docx');
    const styles = read.parts['word/styles.xml']!;
    const heading1 = styleXml(styles, 'Heading1');
    expect(heading1).toContain(`w:ascii="${TEMPLATE_LOOK.headingFont}"`);
    expect(heading1).toContain(`w:val="${TEMPLATE_LOOK.headingColour}"`);
    // The language is English (United Kingdom) whatever the template says.
    expect(styles).toMatch(/<w:rPrDefault>[\s\S]*<w:lang w:val="en-GB"/);
    const document = read.parts['word/document.xml']!;
    expect(document).toContain(`<w:pgSz w:w="${TEMPLATE_LOOK.page.width}" w:h="${TEMPLATE_LOOK.page.height}"`);
    expect(document).toMatch(new RegExp(`<w:pgMar [^>]*w:left="${TEMPLATE_LOOK.page.left}"`));
    // The headings use the style, not a font of their own.
    expect(document).not.toContain('Arial');
    for (const part of headerParts(read)) {
      const text = partText(read.parts[part]!);
      expect(text).toContain(TEMPLATE_LOOK.headerText);
      expect(text).toContain('OFFICIAL-SENSITIVE');
      expect(text.indexOf(TEMPLATE_LOOK.headerText)).toBeLessThan(text.indexOf('OFFICIAL-SENSITIVE'));
      const rels = read.parts[part.replace('word/', 'word/_rels/') + '.rels']!;
      const logo = /Target="(media\/sef-template-[^"]+\.png)"/.exec(rels)?.[1];
      expect(logo, `${part} has the template's logo`).toBeDefined();
      expect(read.files).toContain(`word/${logo}`);
    }
    for (const part of footerParts(read)) {
      const text = partText(read.parts[part]!);
      expect(text).toContain(TEMPLATE_LOOK.footerText);
      expect(text).toContain('OFFICIAL-SENSITIVE');
    }
    // The tables take the template's table style, its header row and rules, in place of the house look:
    // no dark header fill of ours, and header text that takes the style's colour.
    const { id } = TEMPLATE_LOOK.tableStyle;
    expect(styleXml(styles, id)).toContain('w:type="firstRow"');
    const tables = document.match(/<w:tbl>/g)!.length;
    expect(tables).toBeGreaterThan(2);
    // Every table but the borderless details on the cover.
    expect(document.match(new RegExp(`<w:tblStyle w:val="${id}"/>`, 'g'))?.length).toBeGreaterThanOrEqual(tables - 1);
    expect(document).not.toContain('w:fill="1F3864"');
    expect(styleXml(styles, 'TableHeader')).not.toContain('w:val="FFFFFF"');
    // A grade keeps its colour: it says something.
    expect(document).toMatch(/w:fill="[0-9A-F]{6}"/);
    // Nothing else of the template comes with it: not its text, not its author.
    expect(read.text).not.toContain('this text is not copied into exports');
    expect(read.parts['docProps/core.xml']).not.toContain('Template author');
  }, 60_000);

  it('falls back to SEF Studio’s own style for one the template lacks, and says so before the export', async () => {
    const { read } = await exportBoard('board-fallback.docx');
    const heading3 = styleXml(read.parts['word/styles.xml']!, 'Heading3');
    expect(heading3).toContain('w:ascii="Arial"');
    const check = await call(ctx, 'export.check', { packId: detail.pack.id, options: { edition: 'board' } });
    expect(check.template).toHaveLength(1);
    expect(check.template[0]!.message).toContain('Committee report.dotx has no ');
    expect(check.template[0]!.message).toContain('Heading 3');
    // The self-evaluation has no template of its own: nothing to say.
    expect((await call(ctx, 'export.check', { packId: detail.pack.id, options: { edition: 'self_evaluation' } })).template).toEqual([]);
  }, 60_000);

  it.skipIf(missingRenderers.length > 0)('comes through when LibreOffice renders the paper: the serif font, Letter pages, header and footer', async () => {
    const { path } = await exportBoard('board-rendered.docx');
    const pdf = await toPdf(path, dir);
    expect(await pageSize(pdf)).toEqual({ width: 612, height: 792 });
    expect(await fontsOf(pdf)).toContain('LiberationSerif-Bold');
    const first = (await pageText(pdf, 1)).replace(/\s+/g, ' ');
    expect(first).toContain('Northmoor Borough Council · Children’s Services');
    expect(first).toContain(TEMPLATE_LOOK.footerText);
    expect(first).toContain('OFFICIAL-SENSITIVE · NOT FOR PUBLICATION');
    expect(first).toMatch(/Page 1 of \d+/);
  }, 300_000);

  it('takes a .docx too, and gives SEF Studio’s own styles back when removed', async () => {
    const path = await templateFile('Council document.docx', { kind: 'docx' });
    expect((await call(ctx, 'templates.set', { edition: 'self_evaluation', file: grant(ctx, path, 'choose-template') })).missingStyles).not.toContain(
      'Heading 1',
    );
    expect(await call(ctx, 'templates.remove', { edition: 'board' })).toEqual({ removed: true });
    expect(await call(ctx, 'templates.remove', { edition: 'board' })).toEqual({ removed: false });
    const { read } = await exportBoard('board-house.docx');
    expect(styleXml(read.parts['word/styles.xml']!, 'Heading1')).toContain('w:ascii="Arial"');
    expect(read.parts['word/document.xml']).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect((await call(ctx, 'templates.list', {})).map((t) => t.edition)).toEqual(['self_evaluation']);
    await call(ctx, 'templates.remove', { edition: 'self_evaluation' });
  }, 60_000);

  it('refuses a file that is not a Word template, or holds macros, saying what to do, and keeps nothing', async () => {
    const text = join(dir, 'notes.dotx');
    await writeFile(text, 'not a Word file');
    expect(await refused('templates.set', { edition: 'board', file: grant(ctx, text, 'choose-template') })).toMatchObject({
      code: 'invalid_input',
      message: 'notes.dotx is not a Word file. Choose a Word template (.dotx) or document (.docx).',
    });
    const macros = join(dir, 'macros.dotm');
    const docx = await makeWordTemplate({ kind: 'docx' });
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(docx);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('wordprocessingml.document.main+xml', 'word.template.macroEnabledTemplate.main+xml').replace('application/vnd.openxmlformats-officedocument.word.template', 'application/vnd.ms-word.template'));
    await writeFile(macros, await zip.generateAsync({ type: 'nodebuffer' }));
    expect((await refused('templates.set', { edition: 'board', file: grant(ctx, macros, 'choose-template') })).message).toContain('holds macros');
    expect(await call(ctx, 'templates.list', {})).toEqual([]);
  });
});

describe('sef template', () => {
  function cli() {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
  }

  it('chooses, lists and removes a template, saying which styles fall back', async () => {
    const path = await templateFile('cli.dotx', { without: ['Heading3'] });
    let c = cli();
    expect(await main(['template', dbPath, '--edition', 'board', '--set', path], c.io)).toBe(0);
    expect(c.out[0]).toBe('The board paper now uses cli.dotx.');
    expect(c.out.join('\n')).toMatch(/It has no .*Heading 3.* SEF Studio’s own are used/);
    c = cli();
    expect(await main(['template', dbPath], c.io)).toBe(0);
    expect(c.out[0]).toMatch(/^Board paper: cli\.dotx \(/);
    c = cli();
    const out = join(dir, 'cli-board.docx');
    expect(await main(['export', dbPath, '--latest', '--edition', 'board', '--out', out], c.io)).toBe(0);
    expect(c.err.join('\n')).toMatch(/Template: The Word template cli\.dotx has no .*Heading 3/);
    c = cli();
    expect(await main(['template', dbPath, '--edition', 'board', '--remove'], c.io)).toBe(0);
    expect(c.out).toEqual(['The board paper uses SEF Studio’s own styles again.']);
    c = cli();
    expect(await main(['template', dbPath, '--set', path], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('Say which edition with --edition self-evaluation or --edition board.');
  }, 120_000);
});
