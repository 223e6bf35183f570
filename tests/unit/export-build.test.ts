// The Word export's pure builder, on a hand-made snapshot: the document is read back with mammoth (the
// body) and by unzipping it (headers, footers, properties, numbering) and checked for what a reader and
// Word itself need: real headings, lists and tables, grades and RAG as words and colours, citations that
// resolve to the index, the marking everywhere, withheld evidence really gone, and only storable text.
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../src/core/export/build';
import { EXEMPT_HEADLINE, pointsShown, wholePercentages } from '../../src/core/export/board';
import { POSITION_EXPLAINED } from '../../src/core/export/parts';
import { PUBLIC_INTEREST_TEST, SCHEDULE_12A_PARAGRAPHS } from '../../src/shared/board-paper';
import { countLines, estimatePages, newPageIfStranded, paragraphModelOf } from '../../src/core/export/measure';
import { dateRange, describeInspection, frameworkLine } from '../../src/core/export/model';
import { HOUSE, PAGE, PORTRAIT_WIDTH, SIZE, dataTable, heading, para, rowsKeptWithNext } from '../../src/core/export/word';
import type { ExportOptions } from '../../src/shared/api';
import type { Inspection } from '../../src/shared/entities';
import { ACTION_STATUS_LABELS, EVIDENCE_TYPE_LABELS, RAG_COLOURS, RAG_SHORT_LABELS } from '../../src/shared/domain';
import { formatShortDate } from '../../src/shared/dates';
import { SELF_EVALUATION_QUESTIONS } from '../../src/shared/framework';
import { ACTIONS, AREAS, EVIDENCE, FRAMEWORK, makeSnapshot, MONITORING } from './export-fixture';
import {
  FORBIDDEN_XML, footerParts, headerParts, htmlSection, partText, readBack, sections, unescapeXml, type ReadBack,
} from './export-readback';

const SENSITIVE = EVIDENCE.filter((e) => e.sensitivity !== 'official');

/** The heading of an area's chapter: its number and title. */
const chapter1 = (area: (typeof AREAS)[number]) => `${AREAS.indexOf(area) + 1}. ${area.title}`;

async function exportFixture(options: ExportOptions, snapshot = makeSnapshot()) {
  const built = await buildDocx(snapshot, options, { pageNumbering: 'estimate' });
  return { ...built, read: await readBack(built.buffer) };
}

/** WCAG contrast ratio of a text colour (RRGGBB) against white. */
function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return 1.05 / (luminance + 0.05);
}

/** Every XML part's text content, so "absent everywhere" means absent from body, headers and properties. */
function everything(r: ReadBack): string {
  return unescapeXml(Object.values(r.parts).join('\n'));
}

describe('the self-evaluation edition', async () => {
  const { read, withheldCount, buffer } = await exportFixture({ edition: 'self_evaluation', withholdSensitive: true });

  it('is a Word package with the parts Word needs', () => {
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    for (const part of ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml'])
      expect(read.parts[part], part).toBeDefined();
  });

  it('has a cover with the organisation, logo, title, as-at date, production date, framework and approval', () => {
    const cover = read.text.slice(0, read.text.indexOf('Contents'));
    expect(cover).toContain('Exampleshire County Council');
    expect(cover).toContain('Self-evaluation of social work practice 2025–26');
    expect(cover).toContain('31 October 2026');
    expect(cover).toContain('Approved by Sam Patel on 20 November 2026');
    // No version was given, so there is no Version row, and no internal revision number either.
    expect(cover).not.toContain('Version');
    expect(cover).not.toContain('Revision');
    expect(cover).toMatch(/Produced on\s*23 November 2026/);
    expect(cover).toMatch(/Framework\s*Ofsted ILACS, January 2023 to March 2026/);
    expect(cover).not.toContain('version 2023');
    expect(read.files.some((f) => f.startsWith('word/media/'))).toBe(true);
    expect(read.html).toContain('alt="Exampleshire County Council logo"');
  });

  it('has a contents field over the built-in heading styles, with page numbers, that Word updates on opening', () => {
    const doc = read.parts['word/document.xml']!;
    expect(doc).toMatch(/TOC \\h \\o (&quot;|")1-1(&quot;|")/);
    expect(read.parts['word/settings.xml']).toMatch(/<w:updateFields(?: w:val="(?:true|1|on)")?\/>/);
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
    expect(doc).toContain('<w:pStyle w:val="Heading2"/>');
    const contents = read.html.slice(read.html.indexOf('<p>Contents</p>'), read.html.indexOf('<h1>'));
    for (const area of AREAS) expect(contents).toMatch(new RegExp(`${area.title}\\t\\d+`));
    expect(contents).toMatch(/Evidence index\t\d+/);
  });

  // On a page of its own, the summary left the contents' page two thirds empty.
  it('puts the summary of self-grades under the contents, on the contents’ page', () => {
    const doc = read.parts['word/document.xml']!;
    const contentsAt = doc.indexOf('>Contents</w:t>');
    const summaryAt = doc.indexOf('>Summary of self-grades</w:t>', doc.indexOf('</w:sdt>', contentsAt));
    expect(contentsAt).toBeGreaterThan(0);
    expect(summaryAt).toBeGreaterThan(contentsAt);
    const between = doc.slice(contentsAt, summaryAt);
    expect(between).not.toContain('<w:pageBreakBefore/>');
    expect(between).not.toMatch(/<w:br w:type="page"\/>/);
    const contents = read.html.slice(read.html.indexOf('<p>Contents</p>'), read.html.indexOf('<h1>'));
    expect(contents).toMatch(/Summary of self-grades\t2</);
    expect(htmlSection(read.html, 'Summary of self-grades')).toContain('<table>');
  });

  it('gives every area a numbered chapter heading and its grade as a word in a cell of the grade colour', () => {
    AREAS.forEach((area, i) => {
      expect(read.html).toMatch(new RegExp(`<h1><a id="[^"]+"></a>${i + 1}\\. ${area.title}</h1>`));
    });
    for (const area of AREAS) {
      const level = FRAMEWORK.scale.levels.find((l) => l.id === area.grade)!;
      const chapter = htmlSection(read.html, chapter1(area));
      expect(chapter).toContain(level.label);
    }
    const doc = read.parts['word/document.xml']!;
    for (const level of FRAMEWORK.scale.levels.filter((l) => AREAS.some((a) => a.grade === l.id)))
      expect(doc, level.label).toContain(`w:fill="${level.colour.slice(1).toUpperCase()}"`);
  });

  it('answers the three questions in every area, under headings', () => {
    for (const area of AREAS) {
      const chapter = htmlSection(read.html, chapter1(area));
      for (const q of SELF_EVALUATION_QUESTIONS) expect(chapter, `${area.title}: ${q.title}`).toContain(`${q.title}</h2>`);
    }
    expect(read.text).toContain('Nothing has been written for this section yet.');
  });

  it('maps rich text to real Word formatting: bold, italic, lists, links and headings below the question', () => {
    expect(read.html).toContain('<strong>mostly good</strong>');
    expect(read.html).toContain('<em>improving</em>');
    expect(read.html).toMatch(/<ul><li>First bullet point<\/li>/);
    expect(read.html).toMatch(/<ol><li>First numbered point<\/li><li>Second numbered point<\/li><\/ol>/);
    expect(read.html).toContain('<h3>Narrative heading in area 1</h3>');
    expect(read.html).toContain('<a href="https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018">the Ofsted framework</a>');
    const numbering = read.parts['word/numbering.xml']!;
    expect(numbering).toContain('w:val="bullet"');
    expect(numbering).toContain('w:val="decimal"');
    // Each numbered list counts from 1: a list instance of its own per list.
    const numIds = new Set([...read.parts['word/document.xml']!.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect(numIds.size).toBeGreaterThan(AREAS.length);
  });

  it('cites evidence as [E001] links that point to rows of the evidence index', () => {
    const index = htmlSection(read.html, 'Evidence index');
    const doc = read.parts['word/document.xml']!;
    const cited = [...new Set([...read.text.matchAll(/\[(E\d{3})\]/g)].map((m) => m[1]!))];
    expect(cited).toEqual(expect.arrayContaining(['E001', 'E002', 'E006']));
    for (const ref of cited) expect(index, ref).toContain(`<strong>${ref}</strong>`);
    const anchors = [...doc.matchAll(/<w:hyperlink [^>]*w:anchor="(evidence_\d+)"/g)].map((m) => m[1]!);
    expect(anchors.length).toBeGreaterThan(0);
    for (const anchor of anchors) expect(doc).toMatch(new RegExp(`<w:bookmarkStart w:name="${anchor}"`));
    expect(read.text).toContain('[evidence no longer in the library]');
    expect(index).toContain('Cited in the text');
    expect(index).not.toContain('Unrelated library item never linked');
  });

  it('prints citations that come one after another in one bracket, each still a link to its row', async () => {
    const snap = makeSnapshot();
    // A copy of the area: the fixture's areas are shared by every test.
    const area = structuredClone(snap.areas[AREAS[0]!.id]!);
    snap.areas = { ...snap.areas, [AREAS[0]!.id]: area };
    const cite = (evidenceId: string) => ({ type: 'citation' as const, evidenceId });
    area.narratives[0] = {
      ...area.narratives[0]!,
      doc: { type: 'doc', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Audits and the survey agree ' }, cite('ev-1'), { type: 'text', text: ' ' }, cite('ev-2'), cite('ev-6'), { type: 'text', text: '.' }] }] },
    };
    const { read: grouped } = await exportFixture({ edition: 'self_evaluation' }, snap);
    expect(grouped.text).toContain('Audits and the survey agree [E001, E002, E006].');
    const paragraph = grouped.parts['word/document.xml']!.split('Audits and the survey agree')[1]!.split('</w:p>')[0]!;
    expect([...paragraph.matchAll(/<w:hyperlink [^>]*w:anchor="evidence_/g)]).toHaveLength(3);
  });

  it('leaves withheld evidence out of every table, citation and part, and counts it', () => {
    expect(withheldCount).toBe(SENSITIVE.length);
    const all = everything(read);
    for (const e of SENSITIVE) {
      expect(all, e.title).not.toContain(e.title);
      expect(all, e.reference).not.toContain(`[${e.reference}]`);
      expect(all, e.reference).not.toContain(`>${e.reference}<`);
    }
    expect(read.text).toContain('Sensitive finding [withheld], personal case [withheld]');
    expect(read.text).toContain('2 further evidence items are withheld from this edition.');
  });

  it('prints the protective marking in every header and footer of every section, the cover included', () => {
    const headers = headerParts(read);
    const footers = footerParts(read);
    const secs = sections(read.parts['word/document.xml']!);
    // Portrait (cover to the last chapter), then landscape (the action plan and the evidence index).
    expect(secs.length).toBe(2);
    expect(secs[0]).toContain('<w:titlePg');
    expect(secs[0]).toMatch(/w:headerReference w:type="first"/);
    for (const sec of secs) {
      expect(sec).toMatch(/w:headerReference w:type="default"/);
      expect(sec).toMatch(/w:footerReference w:type="default"/);
    }
    expect(headers.length).toBe(3);
    expect(footers.length).toBe(3);
    for (const part of [...headers, ...footers]) expect(partText(read.parts[part]!), part).toContain('OFFICIAL-SENSITIVE');
    const pageFooters = footers.filter((f) => read.parts[f]!.includes('NUMPAGES'));
    expect(pageFooters.length).toBe(2);
    for (const f of pageFooters) expect(read.parts[f]).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });

  it('puts the action plan in a landscape section with RAG as word and colour, and repeats table headers', () => {
    const secs = sections(read.parts['word/document.xml']!);
    expect(secs[1]).toContain('w:orient="landscape"');
    expect(secs[0]).not.toContain('w:orient="landscape"');
    const plan = htmlSection(read.html, 'Action plan');
    for (const a of ACTIONS) expect(plan).toContain(a.title);
    expect(plan).toContain('Red');
    expect(plan).toContain('Complete');
    expect(plan).toContain('Overdue');
    const doc = read.parts['word/document.xml']!;
    expect(doc).toContain(`w:fill="${RAG_COLOURS.red.slice(1)}"`);
    expect(doc).toContain('<w:tblHeader/>');
    expect(doc).toContain('<w:cantSplit/>');
  });

  it('prints the handling notes on the cover at 10 pt or more in a grey with at least 4.5:1 contrast', () => {
    const doc = read.parts['word/document.xml']!;
    const run = /<w:r>(?:(?!<\/w:r>)[\s\S])*?This document is OFFICIAL-SENSITIVE/.exec(doc)?.[0];
    expect(run).toBeDefined();
    const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(run!)?.[1]);
    expect(size).toBeGreaterThanOrEqual(20);
    const colour = /<w:color w:val="([0-9A-F]{6})"\/>/.exec(run!)?.[1];
    expect(colour).toBeDefined();
    expect(contrastOnWhite(colour!)).toBeGreaterThanOrEqual(4.5);
  });

  it('describes each inspection once, with a compact date range and the publication date', () => {
    const summary = htmlSection(read.html, 'Summary of self-grades');
    expect(summary).toContain(
      '(ILACS standard inspection 2023, 12 to 23 June 2023; report published 1 August 2023, the latest graded inspection before 31 October 2026)',
    );
    const progress = htmlSection(read.html, 'Progress since the last inspection');
    expect(progress).toContain('The last inspection was ILACS standard inspection 2023, 12 to 23 June 2023; report published 1 August 2023.');
    expect(progress).not.toContain('Standard inspection (ILACS)');
    expect(progress).not.toContain('12 June 2023 to 23 June 2023');
  });

  it('reports progress on the last inspection’s recommendations, and on every visit since in a table of its own', () => {
    const progress = htmlSection(read.html, 'Progress since the last inspection');
    expect(progress).toContain('Improve the quality of management oversight.');
    expect(progress).toContain('Actions: A01.');
    const visit = progress.slice(progress.indexOf('Focused visit: children in care'));
    expect(visit).toContain('4 to 5 February 2025; report published 10 March 2025.');
    expect(visit).toMatch(/<table>[\s\S]*Area for improvement[\s\S]*FV1[\s\S]*Life-story work for children with a plan of adoption\.[\s\S]*Open[\s\S]*<\/table>/);
  });

  it('leaves out an inspection of other services: no CQC assessment of adult social care in a children’s self-evaluation', async () => {
    const snap = makeSnapshot();
    const cqc: Inspection = { ...MONITORING, id: 'insp-cqc', type: 'cqc_assessment', title: 'CQC assessment of adult social care', startDate: '2025-03-03', endDate: '2025-03-14' };
    snap.inspections = [...snap.inspections, cqc];
    const { read: withCqc } = await exportFixture({ edition: 'self_evaluation' }, snap);
    const progress = htmlSection(withCqc.html, 'Progress since the last inspection');
    expect(progress).toContain('Focused visit: children in care');
    expect(progress).not.toContain('CQC assessment of adult social care');
    // Nor among the board paper's background papers.
    const { read: board } = await exportFixture({ edition: 'board' }, snap);
    expect(board.text).toContain('Ofsted: Focused visit: children in care');
    expect(board.text).not.toContain('CQC assessment of adult social care');
  });

  it('names each chapter’s actions by reference and title and gives their details once, in the action plan', () => {
    const chapter = htmlSection(read.html, chapter1(AREAS[1]!));
    const actions = chapter.slice(chapter.indexOf('>Actions</h2>'));
    expect(actions).toContain('A01');
    expect(actions).toContain('Strengthen management oversight of plans');
    expect(actions).toContain('Owners, due dates, ratings and progress are in the action plan.');
    expect(actions).not.toContain('<table>');
    expect(htmlSection(read.html, 'Action plan')).toContain('Strengthen management oversight of plans');
  });

  it('gives a chapter’s actions in a table of their own when the document has no action plan', async () => {
    const { read: noPlan } = await exportFixture({ edition: 'self_evaluation', includeActionPlan: false });
    const chapter = htmlSection(noPlan.html, chapter1(AREAS[1]!));
    const actions = chapter.slice(chapter.indexOf('>Actions</h2>'));
    expect(actions).toMatch(/<table>[\s\S]*A01[\s\S]*Strengthen management oversight of plans[\s\S]*<\/table>/);
    expect(actions).not.toContain('are in the action plan');
  });

  it('gives the count of evidence shown and of evidence withheld in the evidence index', () => {
    const shown = htmlSection(read.html, 'Evidence index').match(/<tr>/g)!.length - 1;
    const sentence = `${shown} evidence items support this self-evaluation (${SENSITIVE.length} more withheld from this edition)`;
    expect(htmlSection(read.html, 'Evidence index')).toContain(`${sentence}.`);
  });

  it('says nothing of the council’s own workflow: no areas agreed, no status of an area, no counts in the summary', () => {
    expect(read.text).not.toMatch(/areas? (have|has) (its|their) self-grade/);
    expect(read.text).not.toMatch(/\bagreed\b/i);
    expect(read.text).not.toContain('To review');
    expect(read.text).not.toContain('In review');
    for (const area of AREAS) expect(htmlSection(read.html, chapter1(area))).not.toMatch(/<td><p><strong>Status<\/strong>/);
    const summary = htmlSection(read.html, 'Summary of self-grades');
    expect(summary).not.toMatch(/overdue/i);
    expect(summary).not.toMatch(/evidence items? supports?/);
    expect(summary).not.toContain('past their review date');
  });

  it('gives the improvement plan’s counts, overdue included, in the progress section', () => {
    const progress = htmlSection(read.html, 'Progress since the last inspection');
    expect(progress).toContain('As at 31 October 2026 the improvement plan has 5 actions: 1 red, 2 amber, 1 green and 1 complete. 2 are overdue.');
  });

  it('explains “position within grade” once, before the first table that gives it', () => {
    const html = read.html;
    const explained = html.indexOf('“Position within grade” says whether');
    expect(explained).toBeGreaterThan(0);
    expect(explained).toBeLessThan(html.indexOf('<th><p>Position within grade</p></th>'));
    expect(html.split('“Position within grade” says whether').length).toBe(2);
  });

  it('lists each chapter’s evidence by reference and title with what it shows, and gives the details once, in the index', () => {
    const chapter = htmlSection(read.html, chapter1(AREAS[0]!));
    const evidence = chapter.slice(chapter.indexOf('>Evidence</h2>'));
    expect(evidence).toContain('Monthly case-file audit, September 2026');
    expect(evidence).toContain('What E001 shows about area 1');
    expect(evidence).toMatch(/<a href="#evidence_\d+"><strong>E001<\/strong><\/a>/);
    // The type, the date and the owner are details: the index gives them, the chapter does not.
    expect(evidence).not.toContain('Case-file audit');
    expect(evidence).not.toContain('30/09/2026');
    expect(evidence).not.toContain('Head of quality assurance');
    const index = htmlSection(read.html, 'Evidence index');
    expect(index).toContain('Case-file audit');
    expect(index).toContain('30/09/2026');
    expect(index).toContain('Head of quality assurance');
    // The owner of E001 is printed once in the whole document: in its row of the index.
    const owners = read.text.split('Head of quality assurance').length - 1;
    expect(owners).toBe(htmlSection(read.html, 'Evidence index').split('Head of quality assurance').length - 1);
  });

  it('says in the index which chapters each item supports, by number, and when an item is out of date', () => {
    const index = htmlSection(read.html, 'Evidence index');
    // E001 supports areas 1 and 2.
    expect(index).toMatch(/E001<\/strong>[\s\S]*?<td><p>1, 2<\/p><\/td>/);
    expect(index).not.toContain('The impact of leaders on social work practice with children and families');
    // Freshness has its own column, beside the date.
    expect(index).toMatch(/E005<\/strong>[\s\S]*?<p>30\/09\/2026<\/p><\/td><td><p><strong>Out of date<\/strong><\/p>/);
    expect(index).toMatch(/E001<\/strong>[\s\S]*?<td><p>In date<\/p><\/td>/);
  });

  it('is in English (United Kingdom), so spelling and hyphenation are British', () => {
    expect(read.parts['word/styles.xml']).toMatch(/<w:rPrDefault><w:rPr>[\s\S]*<w:lang w:val="en-GB"/);
  });

  it('sets the document properties: title, author, organisation, marking, keywords', () => {
    const core = unescapeXml(read.parts['docProps/core.xml']!);
    expect(core).toContain('<dc:title>Self-evaluation of social work practice 2025–26</dc:title>');
    expect(core).toContain('<dc:creator>Sam Patel</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Sam Patel</cp:lastModifiedBy>');
    expect(core).toMatch(/<dc:description>[^<]*Exampleshire County Council[^<]*OFFICIAL-SENSITIVE/);
    expect(core).toMatch(/<dc:subject>[^<]*Exampleshire County Council[^<]*OFFICIAL-SENSITIVE/);
    expect(core).toMatch(/<cp:keywords>[^<]*ILACS 2023[^<]*<\/cp:keywords>/);
    const custom = unescapeXml(read.parts['docProps/custom.xml']!);
    expect(custom).toContain('Protective marking');
    expect(custom).toContain('Exampleshire County Council');
  });

  it('carries no metadata the person did not choose: no revision count, no workflow status, no placeholder names', () => {
    const props = unescapeXml(['docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml'].map((p) => read.parts[p] ?? '').join('\n'));
    expect(props).toContain('<cp:revision>1</cp:revision>');
    expect(props).not.toContain('Un-named');
    expect(props).not.toContain('Unknown user');
    expect(props).not.toContain('Pack status');
    expect(props).not.toMatch(/approved|draft/i);
  });

  it('strips characters Word cannot store while keeping accents, emoji and Hebrew', () => {
    for (const [name, xml] of Object.entries(read.parts)) expect(FORBIDDEN_XML.test(xml), name).toBe(false);
    expect(read.text).toContain('Badcharshere and a lone  surrogate.');
    expect(read.text).toContain('Café naïve résumé 😀👍🏽 and שלום עולם in Hebrew.');
  });
});

describe('the evidence index', async () => {
  const { read } = await exportFixture({ edition: 'self_evaluation' });

  // At 11% of the width, "Feedback from children and families" took three lines, seven rows of the demo's
  // index a line taller than their title and owner, and a 33rd page for its last two rows.
  it('gives the type column room for every type in two lines at most', () => {
    const body = read.parts['word/document.xml']!;
    const table = /<w:tbl>.*?<\/w:tbl>/.exec(body.slice(body.lastIndexOf('>Evidence index</w:t>')))![0];
    const widths = [...table.split('</w:tblGrid>')[0]!.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
    const headers = [...table.split('</w:tr>')[0]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    const type = widths[headers.indexOf('Type')]! - 2 * 100;
    const lines = (label: string) => countLines([{ text: label, bold: false, size: SIZE.dense }], type);
    for (const label of Object.values(EVIDENCE_TYPE_LABELS)) expect(lines(label), label).toBeLessThanOrEqual(2);
  });
});

describe('options', () => {
  it('keeps sensitive evidence, labelled, when it is not withheld', async () => {
    const { read, withheldCount } = await exportFixture({ edition: 'self_evaluation' });
    expect(withheldCount).toBe(0);
    const index = htmlSection(read.html, 'Evidence index');
    for (const e of SENSITIVE) expect(index).toContain(e.title);
    expect(index).toContain('(OFFICIAL-SENSITIVE)');
    expect(read.text).toContain('[E003]');
  });

  it('can leave out the action plan and the evidence index, and print no marking', async () => {
    const { read } = await exportFixture({
      edition: 'self_evaluation',
      marking: 'none',
      includeActionPlan: false,
      includeEvidenceIndex: false,
    });
    expect(read.html).not.toMatch(/<h1>(<a [^>]*><\/a>)*Action plan</);
    expect(read.html).not.toMatch(/<h1>(<a [^>]*><\/a>)*Evidence index</);
    expect(sections(read.parts['word/document.xml']!).length).toBe(1);
    for (const part of [...headerParts(read), ...footerParts(read)]) expect(partText(read.parts[part]!)).not.toContain('OFFICIAL');
    // Citations still read [E001], as plain text with no index to link to.
    expect(read.text).toContain('[E001]');
    expect(read.parts['word/document.xml']).not.toContain('w:anchor="evidence_');
  });

  it('uses the marking from settings unless the options choose one', async () => {
    const { read } = await exportFixture({ edition: 'self_evaluation', marking: 'official' });
    for (const part of [...headerParts(read), ...footerParts(read)]) {
      expect(partText(read.parts[part]!)).toContain('OFFICIAL');
      expect(partText(read.parts[part]!)).not.toContain('OFFICIAL-SENSITIVE');
    }
  });

  it('has no logo picture when none is set, and a draft says so', async () => {
    const snap = makeSnapshot({ logo: null });
    snap.detail.pack = { ...snap.detail.pack, status: 'draft', approvedBy: null, approvedAt: null };
    const { read } = await exportFixture({ edition: 'self_evaluation' }, snap);
    expect(read.files.some((f) => f.startsWith('word/media/'))).toBe(false);
    expect(read.text).toContain('Draft: not yet approved');
    expect(read.text).toContain('This is a draft.');
  });

  it('names nobody as the author when no name is known, in the properties or on the cover', async () => {
    const { read } = await exportFixture({ edition: 'self_evaluation' }, makeSnapshot({ author: null }));
    const core = unescapeXml(read.parts['docProps/core.xml']!);
    expect(core).not.toMatch(/<dc:creator>[^<]+<\/dc:creator>/);
    expect(core).not.toMatch(/<cp:lastModifiedBy>[^<]+<\/cp:lastModifiedBy>/);
    expect(core).not.toContain('Un-named');
    expect(read.text).not.toContain('Prepared by');
    expect(read.text).not.toContain('Unknown user');
  });

  it('leaves out the progress section, and with it every overdue count, when asked', async () => {
    const { read } = await exportFixture({ edition: 'self_evaluation', includeProgress: false });
    expect(read.html).not.toMatch(/<h1>(<a [^>]*><\/a>)*Progress since the last inspection</);
    expect(read.text).not.toMatch(/\d+ (is|are) overdue|None is overdue/);
    expect(htmlSection(read.html, 'Action plan')).toContain('5 actions: 1 red, 2 amber, 1 green and 1 complete.');
  });

  it('gives each item’s details beside its title in the chapters when there is no evidence index', async () => {
    const { read } = await exportFixture({ edition: 'self_evaluation', includeEvidenceIndex: false });
    const evidence = htmlSection(read.html, chapter1(AREAS[0]!));
    expect(evidence).toContain('Case-file audit · 30/09/2026 · Head of quality assurance. What E001 shows about area 1');
  });

  it('prints the version given in the options on the cover', async () => {
    const { read } = await exportFixture({ edition: 'self_evaluation', documentVersion: '1.3 (final)' });
    expect(read.text.slice(0, read.text.indexOf('Contents'))).toMatch(/Version\s*1\.3 \(final\)/);
  });

  it('says nothing of withheld evidence in the counts when none is withheld', async () => {
    const { read } = await exportFixture({ edition: 'self_evaluation' });
    expect(read.text).toMatch(/\d+ evidence items support this self-evaluation\./);
    expect(read.text).not.toContain('more withheld');
  });
});

describe('the board paper', async () => {
  const { read, withheldCount } = await exportFixture({ edition: 'board', withholdSensitive: true });
  const section = (title: string) => htmlSection(read.html, title);

  it('opens with the title block of a committee report', () => {
    const block = read.text.slice(0, read.text.indexOf('1. Purpose of the report'));
    expect(block).toMatch(/Meeting\s*Children’s Improvement Board/);
    expect(block).toMatch(/Date of meeting\s*8 December 2026/);
    expect(block).toMatch(/Report of\s*Sam Patel/);
    expect(block).toMatch(/Lead member\s*Cllr Pat Jones, Cabinet Member for Children/);
    expect(block).toMatch(/Wards affected\s*All wards/);
    expect(block).toMatch(/Key decision\s*No/);
    expect(block).toMatch(/Protective marking\s*OFFICIAL-SENSITIVE/);
  });

  it('has the sections of a committee report, numbered, in order', () => {
    const headings = [...read.html.matchAll(/<h1>(?:<a [^>]*><\/a>)*([^<]+)<\/h1>/g)].map((m) => unescapeXml(m[1]!));
    expect(headings).toEqual([
      '1. Purpose of the report',
      '2. Recommendations',
      '3. Background',
      '4. Main considerations',
      '5. Implications',
      '6. Consultation',
      '7. Contact officer',
      '8. Background papers',
      '9. Appendices',
      'Appendix A: the improvement plan',
    ]);
    const subheadings = [...read.html.matchAll(/<h[23]>(?:<a [^>]*><\/a>)*(\d\.\d [^<]+)<\/h[23]>/g)].map((m) => unescapeXml(m[1]!));
    expect(subheadings).toEqual([
      '4.1 The self-grades and direction of travel',
      '4.2 Strengths and areas for development',
      '4.3 The improvement plan',
      '4.4 Deadlines',
      '5.1 Financial',
      '5.2 Legal',
      '5.3 Risk',
      '5.4 Equalities',
      '5.5 Workforce',
    ]);
  });

  it('defaults publication to not for publication when the marking is OFFICIAL-SENSITIVE, naming the paragraph of Schedule 12A and the public interest', () => {
    expect(read.text).toMatch(/Publication\s*Not for publication: exempt under paragraph 3 of Schedule 12A/);
    expect(read.text).toContain(
      `${EXEMPT_HEADLINE} This report contains exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972: ${SCHEDULE_12A_PARAGRAPHS[3]}. ${PUBLIC_INTEREST_TEST}`,
    );
    for (const part of [...headerParts(read), ...footerParts(read)]) {
      expect(partText(read.parts[part]!), part).toContain('OFFICIAL-SENSITIVE');
      expect(partText(read.parts[part]!), part).toContain(EXEMPT_HEADLINE);
    }
  });

  it('is open when marked OFFICIAL and the paper leaves publication to itself', async () => {
    const open = await exportFixture({ edition: 'board', marking: 'official' });
    expect(everything(open.read)).not.toContain(EXEMPT_HEADLINE);
    expect(open.read.text).toMatch(/Publication\s*Open/);
  });

  it('is exempt when asked, whatever the marking, and says when no paragraph was chosen', async () => {
    const snap = makeSnapshot();
    snap.boardPaper = { own: {}, defaults: {} };
    const exempt = await exportFixture({ edition: 'board', marking: 'official', exemptSchedule12A: true }, snap);
    expect(exempt.read.text).toContain('This report contains exempt information under Part 1 of Schedule 12A to the Local Government Act 1972 (the paragraph relied on has not been chosen).');
    // Nothing about the meeting is printed when nothing is known of it.
    expect(exempt.read.text).not.toMatch(/Meeting\s/);
    expect(exempt.read.text).not.toMatch(/Lead member\s/);
  });

  it('prints the meeting given in the options in place of the paper’s own', async () => {
    const other = await exportFixture({ edition: 'board', meeting: 'Scrutiny Committee' });
    expect(other.read.text).toMatch(/Meeting\s*Scrutiny Committee/);
  });

  it('explains “position within grade” once, before the grades, and names the inspection it compares with', () => {
    const grades = section('4.1 The self-grades and direction of travel');
    expect(grades.indexOf(POSITION_EXPLAINED)).toBeGreaterThan(0);
    expect(grades.indexOf(POSITION_EXPLAINED)).toBeLessThan(grades.indexOf('<table>'));
    expect(read.html.split('“Position within grade” says whether').length).toBe(2);
    expect(grades).toContain(
      'the grade given at ILACS standard inspection 2023, 12 to 23 June 2023; report published 1 August 2023, the latest graded inspection before 31 October 2026.',
    );
    for (const area of AREAS) expect(grades).toContain(area.title);
    expect(grades).toContain('Improved');
    expect(grades).toContain('Declined');
  });

  it('says how many areas are agreed and counts withheld evidence apart', () => {
    const grades = section('4.1 The self-grades and direction of travel');
    expect(grades).toContain('4 of 5 areas have their self-grade and narrative agreed; the other is in review or still to be reviewed.');
    expect(grades).toContain(`(and ${SENSITIVE.length} more withheld from this paper)`);
  });

  it('names three strengths and areas for development for each area by default, saying how many there are', () => {
    const points = section('4.2 Strengths and areas for development');
    expect(points).toContain('Strength one of area 1');
    expect(points).toContain('Strength three');
    expect(points).not.toContain('Strength four');
    expect(points).toContain('Three of four shown here.');
    expect(points).toContain('Development point of area 5');
    expect(points).toMatch(/<li>Strength one of area 1<\/li>/);
  });

  it('keeps a strengths row of ordinary height whole on a page, and lets only a row taller than a third of a page break', async () => {
    const strengthsRows = (xml: string) => {
      const table = xml.split('<w:tbl>').slice(1).find((t) => t.includes('Strength one of area 1'))!;
      return table.slice(0, table.indexOf('</w:tbl>')).split('<w:tr>').slice(2);
    };
    const ordinary = strengthsRows(read.parts['word/document.xml']!);
    expect(ordinary.length).toBe(AREAS.length);
    for (const row of ordinary) expect(row).toContain('<w:cantSplit/>');
    // An area with forty strengths is most of a page on its own: its row may run on to the next.
    const base = makeSnapshot();
    const long = Array.from({ length: 40 }, (_, i) => `Strength ${i + 1} of a long list, written out in full`);
    const areas = base.detail.areas.map((a, i) => (i === 0 ? { ...a, strengths: [`Strength one of area 1`, ...long] } : a));
    const tall = await exportFixture({ edition: 'board', pointsPerArea: 'all' }, makeSnapshot({ detail: { ...base.detail, areas } }));
    const rows = strengthsRows(tall.read.parts['word/document.xml']!);
    expect(rows[0]).not.toContain('<w:cantSplit/>');
    for (const row of rows.slice(1)) expect(row).toContain('<w:cantSplit/>');
  });

  it('names every strength and area for development when asked', async () => {
    const all = await exportFixture({ edition: 'board', pointsPerArea: 'all' });
    const points = htmlSection(all.read.html, '4.2 Strengths and areas for development');
    expect(points).toContain('Strength four');
    expect(points).not.toContain('shown here.');
  });

  it('reports the improvement plan by RAG, names the overdue actions and what falls due before the meeting', () => {
    const plan = section('4.3 The improvement plan');
    expect(plan).toContain('Red: off track');
    expect(plan).toContain('Blue: complete');
    const overdue = section('Overdue actions');
    for (const a of ACTIONS.filter((x) => x.overdue)) expect(overdue).toContain(a.title);
    for (const a of ACTIONS.filter((x) => !x.overdue)) expect(overdue).not.toContain(a.title);
    const deadlines = section('4.4 Deadlines');
    expect(deadlines).toContain('Actions due between 31 October 2026 and the meeting, by date:');
    expect(deadlines).toContain('Launch the care leavers hub');
    expect(deadlines).not.toContain('Recruit permanent team managers');
  });

  it('sets out the implications, consultation, contact officer and background papers', () => {
    expect(section('5.1 Financial')).toContain('There are no direct financial implications arising from this report.');
    expect(section('5.3 Risk')).toContain('As at 31 October 2026, 1 action is rated red (off track) and 2 are overdue.');
    expect(section('6. Consultation')).toContain('It was approved by Sam Patel on 20 November 2026.');
    // Whose voices the evidence carries: the fixture has feedback from children and families and a staff survey.
    expect(section('6. Consultation')).toMatch(/evidence items, including what children and families and staff told us\./);
    // The contact officer comes from the default in Settings.
    expect(section('7. Contact officer')).toContain('Alex Reed, Head of Quality Assurance');
    expect(section('7. Contact officer')).toContain('alex.reed@example.gov.uk');
    const papers = section('8. Background papers');
    expect(papers).toContain('Self-evaluation of social work practice 2025–26: the full self-evaluation, as at 31 October 2026');
    expect(papers).toContain('Ofsted: ILACS standard inspection 2023, 12 to 23 June 2023; report published 1 August 2023');
    expect(section('9. Appendices')).toContain('Appendix A: the improvement plan');
  });

  it('gives the improvement plan as an appendix grouped by area, each area’s title once', () => {
    const appendix = section('Appendix A: the improvement plan');
    for (const a of ACTIONS) expect(appendix).toContain(a.title);
    for (const area of AREAS.filter((x) => ACTIONS.some((a) => a.areaId === x.id)))
      expect(appendix.split(area.title).length - 1, area.title).toBe(1);
    expect(appendix).toContain('The whole service');
  });

  // With the rating and the date and status in columns of their own, the action and its progress had 70%
  // of the width and most rows of the demo's plan ran a line or two longer: a ninth page.
  it('gives each action’s RAG rating and due date in one cell of the rating’s colour, the status leading its latest progress', () => {
    const appendix = section('Appendix A: the improvement plan');
    const headers = [...appendix.matchAll(/<th><p>(.*?)<\/p><\/th>/g)].map((m) => m[1]);
    expect(headers).toEqual(['Ref', 'Action and owner', 'RAG and due', 'Status and latest progress']);
    const rows = [...appendix.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<td>(.*?)<\/td>/g)].map((c) => c[1]!));
    for (const a of ACTIONS) {
      const row = rows.find((r) => r[1]?.includes(a.title))!;
      const flag = a.overdue ? '<p><strong>Overdue</strong></p>' : a.dueSoon ? '<p>Due soon</p>' : '';
      expect(row[2], a.title).toBe(`<p><strong>${RAG_SHORT_LABELS[a.rag]}</strong></p><p>${a.dueDate ? formatShortDate(a.dueDate) : 'No date'}</p>${flag}`);
      const status = ACTION_STATUS_LABELS[a.status];
      const note = a.notes[0];
      expect(row[3], a.title).toBe(note ? `<p>${status}. ${formatShortDate(note.date)}: ${note.text}</p>` : `<p>${status}</p>`);
    }
    // The whole cell takes the rating's colour, as the RAG cells of the report's own tables do.
    const body = read.parts['word/document.xml']!;
    const plan = body.slice(body.lastIndexOf('Appendix A: the improvement plan</w:t>'));
    const red = ACTIONS.find((a) => a.rag === 'red')!;
    const cell = /<w:tc>(?:(?!<\/w:tc>).)*?<\/w:tc>/g;
    const redCell = [...plan.matchAll(cell)].map((m) => m[0]).find((c) => c.includes(`>${formatShortDate(red.dueDate!)}<`) && c.includes('>Red<'))!;
    expect(redCell).toContain(`w:fill="${RAG_COLOURS.red.replace('#', '').toUpperCase()}"`);
  });

  it('puts its recommendations to the board as a numbered list, and has no contents', () => {
    expect(section('2. Recommendations')).toContain('<ol><li>Note the self-grades.</li><li>Agree the priorities for 2027.</li></ol>');
    expect(read.parts['word/document.xml']).not.toContain('TOC \\');
    expect(withheldCount).toBe(SENSITIVE.length);
  });
});

describe('tables', () => {
  it('keep their first two and last two rows together, so no page holds one row alone', () => {
    const rows = (n: number) => Array.from({ length: n }, () => ({}));
    expect(rowsKeptWithNext(rows(8), false)).toEqual([true, false, false, false, false, false, true, false]);
    expect(rowsKeptWithNext(rows(3), false)).toEqual([true, true, false]);
    expect(rowsKeptWithNext([{}, { group: true }, {}, {}, {}], false)).toEqual([true, true, false, true, false]);
    expect(rowsKeptWithNext(rows(5), true)).toEqual([true, true, true, true, false]);
  });
});

describe('page numbers of the contents', () => {
  it('our quick estimate gives the same pages as docx’s Word layout for the fixture', async () => {
    const toc = async (mode: 'estimate' | 'word-layout') => {
      const built = await buildDocx(makeSnapshot(), { edition: 'self_evaluation', withholdSensitive: true }, { pageNumbering: mode });
      const r = await readBack(built.buffer);
      return [...r.html.slice(r.html.indexOf('<p>Contents</p>'), r.html.indexOf('<h1>')).matchAll(/\t(\d+)</g)].map((m) => Number(m[1]));
    };
    const [estimate, word] = await Promise.all([toc('estimate'), toc('word-layout')]);
    expect(estimate.length).toBe(AREAS.length + 5);
    expect(estimate).toEqual(word);
  });

  it('keeps a paragraph at the foot of a page when only its line spacing runs into the margin, as LibreOffice does', () => {
    const area = { width: PORTRAIT_WIDTH, height: PAGE.height - 2 * PAGE.margin };
    // Body text is 11 pt at 1.15 lines: 291 twips a line, 253 of them the text itself. A filler
    // paragraph whose space before leaves the last line's text 25 twips inside the page, its extra
    // spacing past it.
    const line = 11 * 20 * 1.15 * (HOUSE.body.line / 240);
    const before = Math.round(area.height - 2 * line + 25);
    // Where the paragraph after the last line starts: at the foot of page 1 when the last line stayed
    // there, or one line down page 2 when it went over.
    const after = (filler: number) => {
      const next = para('The next paragraph');
      let at = { page: 0, used: 0 };
      const blocks = [para('Filler', { spacing: { before: filler, after: 0 } }), para('The last line', { spacing: { before: 0, after: 0 } }), next];
      estimatePages([{ area, children: blocks }], 0, (block, page, used) => {
        if (block === next) at = { page, used: Math.round(used) };
      });
      return at;
    };
    expect(after(before).page).toBe(1);
    // With its text 35 twips past the foot of the page, the last line goes over.
    expect(after(before + 60)).toEqual({ page: 2, used: Math.round(line) });
  });
  it('moves a chain of headings kept with the next to the next page together, as LibreOffice does', () => {
    const area = { width: PORTRAIT_WIDTH, height: PAGE.height - 2 * PAGE.margin };
    // A section heading, an indicator's heading under it and a chart 7,500 twips tall, with a little over
    // two headings' height left on the page: both headings fit, the chart does not. LibreOffice takes
    // both headings over with the chart; keeping only the second with it left the first on its own.
    const filler = para('Filler', { spacing: { before: area.height - 8000, after: 0 } });
    const section = heading('Performance data', 3);
    const indicator = heading('Care leavers in suitable accommodation', 4);
    const chart = para('Chart', { spacing: { before: 7300, after: 0 } });
    const pages = new Map<object, number>();
    estimatePages([{ area, children: [filler, section, indicator, chart] }], 0, (block, page) => pages.set(block, page));
    expect([pages.get(section), pages.get(indicator), pages.get(chart)]).toEqual([2, 2, 2]);
    // With room for the chart as well, all three stay at the foot of the first page.
    const roomy = para('Filler', { spacing: { before: area.height - 9500, after: 0 } });
    pages.clear();
    estimatePages([{ area, children: [roomy, section, indicator, chart] }], 0, (block, page) => pages.set(block, page));
    expect([pages.get(section), pages.get(indicator), pages.get(chart)]).toEqual([1, 1, 1]);
  });

  it('starts a chapter on a new page, with a real page break, when its opening would be stranded at the foot', () => {
    const area = { width: PORTRAIT_WIDTH, height: PAGE.height - 2 * PAGE.margin };
    const chapter = (room: number) => {
      const filler = para('Filler', { spacing: { before: area.height - room, after: 0 } });
      const opening = newPageIfStranded(heading('3. Children in care', 1), heading('3. Children in care', 1, { pageBreakBefore: true }));
      const box = dataTable([{ title: 'Self-grade', weight: 1 }], [['Good']], { width: PORTRAIT_WIDTH, keepTogether: true });
      const children = [filler, opening, box, heading('What do you know?', 2), para('Where we are. '.repeat(40))];
      const { headings } = estimatePages([{ area, children }], 0);
      return { page: headings.find((h) => h.title === '3. Children in care')!.page, first: paragraphModelOf(children[1]!)! };
    };
    // Room for the heading and the box but not the text under them: the heading becomes one with a page
    // break before it, in the section's own list, so Word and LibreOffice break there too.
    const stranded = chapter(2600);
    expect(stranded.page).toBe(2);
    expect(stranded.first.pageBreakBefore).toBe(true);
    // With room for the opening and its first lines, it stays where it is.
    const roomy = chapter(6000);
    expect(roomy.page).toBe(1);
    expect(roomy.first.pageBreakBefore).toBe(false);
  });
});

describe('wording', () => {
  it('says how many points of how many are given, one to nine in words', () => {
    expect(pointsShown(3, 5)).toBe('Three of five shown here.');
    expect(pointsShown(3, 12)).toBe('Three of 12 shown here.');
  });

  it('writes date ranges compactly within a month or a year', () => {
    expect(dateRange('2023-03-06', '2023-03-24')).toBe('6 to 24 March 2023');
    expect(dateRange('2025-10-14', '2025-11-02')).toBe('14 October to 2 November 2025');
    expect(dateRange('2025-12-30', '2026-01-02')).toBe('30 December 2025 to 2 January 2026');
    expect(dateRange('2025-10-14', null)).toBe('14 October 2025');
    expect(dateRange('2025-10-14', '2025-10-14')).toBe('14 October 2025');
  });

  it('names an inspection with its dates, not repeating a month its title already ends with', () => {
    const inspection = (title: string, startDate: string, endDate: string | null) =>
      describeInspection({ title, type: 'standard_inspection', startDate, endDate, publishedDate: '2023-05-12' });
    expect(inspection('ILACS standard inspection, March 2023', '2023-03-06', '2023-03-24')).toBe('ILACS standard inspection, 6 to 24 March 2023; report published 12 May 2023');
    expect(inspection('Focused visit: the front door – October 2025', '2025-10-14', '2025-11-02')).toBe('Focused visit: the front door, 14 October to 2 November 2025; report published 12 May 2023');
    // A month the dates do not say again stays, and so does a title that is only a month.
    expect(inspection('ILACS standard inspection, March 2023', '2023-02-27', '2023-02-28')).toBe('ILACS standard inspection, March 2023, 27 to 28 February 2023; report published 12 May 2023');
    expect(inspection('March 2023', '2023-03-06', null)).toBe('March 2023, 6 March 2023; report published 12 May 2023');
    expect(inspection('', '2023-03-06', null)).toBe('Standard inspection (ILACS), 6 March 2023; report published 12 May 2023');
  });

  it('names a framework by publisher, short title and period', () => {
    const fw = (shortTitle: string, publisher: string, validFrom: string, validTo: string | null) =>
      frameworkLine({ shortTitle, publisher, validFrom, validTo });
    expect(frameworkLine(FRAMEWORK)).toBe('Ofsted ILACS, January 2023 to March 2026');
    expect(fw('SIF 2013', 'Ofsted', '2013-11-01', '2017-12-31')).toBe('Ofsted SIF, November 2013 to December 2017');
    expect(fw('ILACS 2026', 'Ofsted', '2026-04-01', null)).toBe('Ofsted ILACS, from April 2026');
    expect(fw('CQC local authority assessment', 'Care Quality Commission (CQC)', '2023-04-01', null)).toBe(
      'CQC local authority assessment, from April 2023',
    );
  });
});

describe('shares of the action plan', () => {
  it('are whole percentages that add up to 100', () => {
    expect(wholePercentages([5, 9, 9, 3])).toEqual([19, 35, 35, 11]);
    expect(wholePercentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(wholePercentages([0, 0])).toEqual([0, 0]);
    for (const counts of [[7, 13, 2, 1], [1, 2, 3, 4], [300, 0, 1, 0]]) expect(wholePercentages(counts).reduce((a, b) => a + b, 0)).toBe(100);
  });
});
