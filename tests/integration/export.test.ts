// The Word export of the demo council's packs, through the contract ('export.word') and through
// `sef export`, read back with mammoth and by unzipping: every area's heading and grade, the three
// questions, citations that resolve to the evidence index, the marking in every header and footer,
// withheld evidence really gone, and text Word cannot store stripped while emoji, accents and Hebrew
// survive. Also: the file is written whole or not at all.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CoreContext } from '../../src/core/context';
import { populateDemo } from '../../src/core/demo/index';
import { call } from '../../src/core/dispatch';
import type { Action, AreaDetail, EvidenceRow, PackDetail } from '../../src/shared/entities';
import { SELF_EVALUATION_QUESTIONS } from '../../src/shared/framework';
import { citedEvidenceIds } from '../../src/shared/richtext';
import { isActionOverdue } from '../../src/shared/rules';
import { NON_BREAKING_HYPHEN, unbreakableReference } from '../../src/core/export/reference-text';
import {
  escapeRegExp, FORBIDDEN_XML, footerParts, headerParts, htmlSection, partText, readBack, unescapeXml, type ReadBack,
} from '../unit/export-readback';
import { tempContext } from '../support/tempdb';
import { grant } from '../support/grants';

let ctx: CoreContext;
let dir: string;
let dbPath: string;
let cleanup: () => Promise<void>;
let detail: PackDetail;
let areas: AreaDetail[];
let evidence: EvidenceRow[];
let actions: Action[];

/** An area's chapter heading as the document numbers it: "2. Title", or "1.3 Title" within another. */
function chapterHeading(pack: PackDetail, areaId: string): string {
  const number = (id: string): string => {
    const area = pack.areas.find((a) => a.id === id)!;
    const siblings = pack.areas.filter((a) => a.parentId === area.parentId).sort((x, y) => x.order - y.order);
    const n = siblings.indexOf(area) + 1;
    return area.parentId ? `${number(area.parentId)}.${n}` : String(n);
  };
  const area = pack.areas.find((a) => a.id === areaId)!;
  return area.parentId ? `${number(areaId)} ${area.title}` : `${number(areaId)}. ${area.title}`;
}

/** The evidence of the pack: linked to one of its areas or cited in its text. */
function packEvidence(): EvidenceRow[] {
  const cited = new Set([
    ...areas.flatMap((a) => a.narratives.flatMap((n) => citedEvidenceIds(n.doc))),
    ...citedEvidenceIds(detail.pack.context),
    ...citedEvidenceIds(detail.pack.boardAsks),
  ]);
  return evidence.filter((e) => e.linkedAreas.length || cited.has(e.id));
}

async function exportPack(name: string, options: Record<string, unknown>, packId = detail.pack.id) {
  const path = join(dir, name);
  const result = await call(ctx, 'export.word', { packId, file: grant(ctx, path, 'export-word'), options });
  const buffer = await readFile(path);
  return { result, read: await readBack(buffer), buffer };
}

beforeAll(async () => {
  ({ ctx, dir, path: dbPath, cleanup } = await tempContext());
  await populateDemo(ctx);
  const packs = await call(ctx, 'packs.list', {});
  detail = await call(ctx, 'packs.get', { packId: packs[0]!.id });
  areas = await Promise.all(detail.areas.map((a) => call(ctx, 'areas.get', { areaId: a.id })));
  evidence = (await call(ctx, 'evidence.list', { packId: detail.pack.id, limit: 20_000 })).items;
  actions = await call(ctx, 'actions.list', { packId: detail.pack.id });
}, 120_000);
afterAll(() => cleanup());

describe('the self-evaluation of the demo pack', () => {
  let read: ReadBack;
  let withheldCount: number;
  let written: { file: { location: string; canOpen: boolean }; bytes: number };
  const sensitive = () => packEvidence().filter((e) => e.sensitivity !== 'official');

  beforeAll(async () => {
    const out = await exportPack('self-evaluation.docx', {
      edition: 'self_evaluation',
      marking: 'official_sensitive',
      withholdSensitive: true,
    });
    read = out.read;
    withheldCount = out.result.withheldCount;
    written = out.result;
    expect(out.buffer.length).toBe(out.result.bytes);
  }, 120_000);

  it('reports where it wrote the file and how big it is', async () => {
    expect(written.file).toMatchObject({ location: join(dir, 'self-evaluation.docx'), canOpen: true });
    expect((await stat(written.file.location)).size).toBe(written.bytes);
    expect(await readdir(dir)).not.toContainEqual(expect.stringMatching(/\.tmp$/));
  });

  it('has a heading and the grade as a word for every area', () => {
    expect(detail.areas.length).toBeGreaterThan(0);
    for (const area of detail.areas) {
      const chapter = htmlSection(read.html, chapterHeading(detail, area.id));
      expect(chapter, area.title).not.toBe('');
      if (area.graded && area.grade) {
        const level = detail.framework.scale.levels.find((l) => l.id === area.grade)!;
        expect(chapter, area.title).toContain(level.label);
      }
    }
  });

  it('answers the three questions in every area', () => {
    for (const area of detail.areas) {
      const chapter = htmlSection(read.html, chapterHeading(detail, area.id));
      for (const q of SELF_EVALUATION_QUESTIONS) expect(chapter, `${area.title}: ${q.title}`).toContain(q.title);
    }
  });

  it('has contents with a page number for every chapter', () => {
    const contents = read.html.slice(read.html.indexOf('<p>Contents</p>'), read.html.indexOf('<h1>'));
    for (const area of detail.areas.filter((a) => a.depth === 0))
      expect(contents, area.title).toMatch(new RegExp(`${area.title.replace(/[()]/g, '.')}\\t\\d+`));
  });

  it('cites evidence with references that all resolve to rows of the evidence index', () => {
    const index = htmlSection(read.html, 'Evidence index');
    const body = read.text.slice(0, read.text.lastIndexOf('Evidence index'));
    const cited = [...new Set([...body.matchAll(/\[(E\d+)\]/g)].map((m) => m[1]!))];
    expect(cited.length).toBeGreaterThan(5);
    for (const ref of cited) expect(index, ref).toContain(`<strong>${ref}</strong>`);
    const shown = packEvidence().filter((e) => e.sensitivity === 'official');
    for (const e of shown) expect(index, e.reference).toContain(`<strong>${e.reference}</strong>`);
  });

  it('sets every recommendation reference in its Ref cell so that it cannot break over two lines', async () => {
    const xml = unescapeXml(read.parts['word/document.xml']!);
    const inspections = await call(ctx, 'inspections.list', {});
    const spaced = inspections.flatMap((i) => i.recommendations.map((r) => r.reference)).filter((r) => /[ -]/.test(r));
    expect(spaced.length).toBeGreaterThan(0);
    for (const ref of spaced) {
      // The hyphen is Word's own non-breaking hyphen element between two pieces of text, the space a no-break space.
      const pieces = unbreakableReference(ref).split(NON_BREAKING_HYPHEN).map(escapeRegExp);
      expect(xml, ref).toMatch(new RegExp(`>${pieces.join('</w:t><w:noBreakHyphen/><w:t[^>]*>')}<`));
      expect(xml.includes(`>${ref}<`), ref).toBe(false);
    }
    // Written as the element, never as the character, which Word's Find would not match to a typed hyphen.
    expect(xml).not.toContain(NON_BREAKING_HYPHEN);
  });

  it('leaves the sensitive evidence out everywhere, says "[withheld]" where it was cited, and counts it', () => {
    expect(sensitive().length).toBeGreaterThan(0);
    expect(withheldCount).toBe(sensitive().length);
    const all = unescapeXml(Object.values(read.parts).join('\n'));
    for (const e of sensitive()) {
      expect(all, e.title).not.toContain(e.title);
      expect(all, e.reference).not.toMatch(new RegExp(`\\[${e.reference}\\]|>${e.reference}<`));
    }
    const citedSensitive = sensitive().some((e) => areas.some((a) => a.narratives.some((n) => citedEvidenceIds(n.doc).includes(e.id))));
    if (citedSensitive) expect(read.text).toContain('[withheld]');
  });

  it('prints OFFICIAL-SENSITIVE in every header and footer of every section', () => {
    const parts = [...headerParts(read), ...footerParts(read)];
    expect(parts.length).toBeGreaterThanOrEqual(6);
    for (const part of parts) expect(partText(read.parts[part]!), part).toContain('OFFICIAL-SENSITIVE');
  });

  it('holds only characters XML can store', () => {
    for (const [name, xml] of Object.entries(read.parts)) expect(FORBIDDEN_XML.test(xml), name).toBe(false);
  });
});

describe('text that Word cannot store', () => {
  it('is stripped, while emoji, accents and Hebrew survive', async () => {
    const area = areas[0]!;
    const section = area.narratives[0]!;
    await call(ctx, 'narratives.save', {
      areaId: area.area.id,
      sectionId: section.sectionId,
      doc: {
        type: 'doc',
        blocks: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Bell\u0007 and form\u000Cfeed\uFFFE gone \uD800here.' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Café naïve 😀👍🏽 שלום עולם' }] },
        ],
      },
    });
    const { read } = await exportPack('hostile.docx', { edition: 'self_evaluation' });
    expect(read.text).toContain('Bell and formfeed gone here.');
    expect(read.text).toContain('Café naïve 😀👍🏽 שלום עולם');
    for (const [name, xml] of Object.entries(read.parts)) expect(FORBIDDEN_XML.test(xml), name).toBe(false);
    await call(ctx, 'narratives.save', { areaId: area.area.id, sectionId: section.sectionId, doc: section.doc });
  }, 120_000);
});

describe('the board paper of the demo pack', () => {
  it('is a committee report: title block, exempt with its paragraph, grades, strengths, the plan by RAG, overdue actions named and the asks', async () => {
    const { read, result } = await exportPack('board.docx', {
      edition: 'board',
      marking: 'official_sensitive',
      withholdSensitive: true,
    });
    expect(result.withheldCount).toBeGreaterThan(0);
    expect(read.text).toMatch(/Meeting\s*Children's Improvement Board/);
    expect(read.text).toMatch(/Date of meeting\s*8 December 2026/);
    expect(read.text).toMatch(/Lead member\s*Cllr Margaret Hale, Lead Member for Children and Families/);
    // Marked OFFICIAL-SENSITIVE, the paper is not for publication, under the paragraph the council chose.
    expect(read.text).toContain('NOT FOR PUBLICATION');
    expect(read.text).toContain('under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972');
    for (const part of [...headerParts(read), ...footerParts(read)]) {
      expect(partText(read.parts[part]!), part).toContain('OFFICIAL-SENSITIVE');
      expect(partText(read.parts[part]!), part).toContain('NOT FOR PUBLICATION');
    }
    const grades = htmlSection(read.html, '4.1 The self-grades and direction of travel');
    for (const area of detail.areas.filter((a) => a.depth === 0)) expect(grades).toContain(area.title);
    // Overdue as at the pack's own date, not today.
    const overdue = actions.filter((a) => isActionOverdue(a.status, a.dueDate, detail.pack.asAt));
    expect(overdue.length).toBeLessThanOrEqual(actions.filter((a) => a.overdueToday).length);
    const named = htmlSection(read.html, 'Overdue actions');
    for (const a of overdue) expect(named, a.reference).toContain(a.title);
    expect(htmlSection(read.html, '2. Recommendations')).toContain('Support a bid to cabinet for £1.2m');
    expect(htmlSection(read.html, '5.1 Financial')).toContain('£68.4m');
    expect(read.parts['word/document.xml']).not.toContain('TOC \\');
  }, 120_000);
});

describe('a framework with areas within areas (CQC)', () => {
  it('lists every theme and quality statement in the contents, and nothing within them', async () => {
    const pack = await call(ctx, 'packs.create', { title: 'Adult social care self-assessment 2026', frameworkId: 'cqc-la-2023', period: '2026–27', asAt: '2026-11-01' });
    const cqc = await call(ctx, 'packs.get', { packId: pack.id });
    const { read } = await exportPack('cqc.docx', { edition: 'self_evaluation' }, pack.id);
    const contents = read.html.slice(read.html.indexOf('<p>Contents</p>'), read.html.indexOf('<h1>'));
    const entries = [...contents.matchAll(/<a href="#[^"]+">([^<\t]+)\t\d+<\/a>/g)].map((m) => unescapeXml(m[1]!));
    expect(entries).toEqual([
      'Summary of self-grades',
      'Context',
      'Progress since the last inspection',
      ...cqc.areas.map((a) => chapterHeading(cqc, a.id)),
      'Action plan',
      'Evidence index',
    ]);
    for (const area of cqc.areas.filter((a) => a.depth === 1))
      expect(read.html).toMatch(new RegExp(`<h2>(<a [^>]*></a>)*${escapeRegExp(chapterHeading(cqc, area.id))}</h2>`));
    await call(ctx, 'packs.delete', { packId: pack.id });
  }, 120_000);
});

describe('writing the file', () => {
  it('refuses a folder that does not exist, saying so', async () => {
    await expect(
      call(ctx, 'export.word', { packId: detail.pack.id, file: grant(ctx, join(dir, 'nowhere', 'pack.docx'), 'export-word'), options: { edition: 'board' } }),
    ).rejects.toThrow(/folder .*nowhere does not exist/);
  });

  it('leaves an existing file untouched, and no temporary file, when the export fails', async () => {
    const path = join(dir, 'keep.docx');
    await writeFile(path, 'the earlier export');
    await expect(call(ctx, 'export.word', { packId: 'no-such-pack', file: grant(ctx, path, 'export-word'), options: { edition: 'self_evaluation' } })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await readFile(path, 'utf8')).toBe('the earlier export');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('sef export', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
  };

  it('writes the board paper of the newest pack', async () => {
    const target = join(dir, 'cli-board.docx');
    const cap = io();
    const code = await main(
      ['export', dbPath, '--latest', '--edition', 'board', '--exempt', '--marking', 'official', '--out', target],
      cap.io,
    );
    expect(cap.err).toEqual([]);
    expect(code).toBe(0);
    expect(cap.out.join('\n')).toContain(`Wrote ${target}`);
    const read = await readBack(await readFile(target));
    expect(read.text).toContain('NOT FOR PUBLICATION');
  }, 120_000);

  it('writes the self-evaluation of a named pack, without the action plan or index, and refuses to overwrite without --force', async () => {
    const target = join(dir, 'cli-se.docx');
    const args = ['export', dbPath, '--pack', detail.pack.id, '--edition', 'self-evaluation', '--no-action-plan', '--no-evidence-index', '--withhold-sensitive', '--out', target];
    const first = io();
    expect(await main(args, first.io)).toBe(0);
    expect(first.out.join('\n')).toMatch(/withheld/);
    const read = await readBack(await readFile(target));
    expect(read.html).not.toMatch(/<h1>(<a [^>]*><\/a>)*Evidence index</);
    expect(read.html).not.toMatch(/<h1>(<a [^>]*><\/a>)*Action plan</);
    const again = io();
    expect(await main(args, again.io)).not.toBe(0);
    expect(again.err.join('\n')).toMatch(/--force/);
    expect(await main([...args, '--force'], io().io)).toBe(0);
  }, 120_000);

  it('explains a wrong edition or a missing pack choice', async () => {
    const a = io();
    expect(await main(['export', dbPath, '--latest', '--edition', 'summary', '--out', join(dir, 'x.docx')], a.io)).toBe(2);
    expect(a.err.join('\n')).toContain('--edition is "self-evaluation" or "board"');
    const b = io();
    expect(await main(['export', dbPath, '--edition', 'board', '--out', join(dir, 'x.docx')], b.io)).toBe(2);
    expect(b.err.join('\n')).toContain('Give either --pack ID or --latest.');
  });
});
