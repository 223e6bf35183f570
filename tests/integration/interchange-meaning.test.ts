// The pack file carries the inspection cycle (framework moves and what they kept, inspections' strengths
// and plan dates, evidence's inspection, the inspection-day kit, engagement meetings) and round-trips the
// demo council exactly; import checks what a file means, lists every problem grouped by record, and
// accepts a built-in framework named by id and version, and files of format version 1.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreContext, type CoreContext } from '../../src/core/context';
import { openDatabase } from '../../src/core/db/open';
import { populateDemo } from '../../src/core/demo/index';
import { call } from '../../src/core/dispatch';
import { builtInFramework } from '../../src/core/frameworks/builtin';
import { dumpDatabase, importPackFile, PACK_FORMAT_VERSION, packFileText, parsePackFile, type PackFile } from '../../src/core/interchange';
import { tempContext, tempDir } from '../support/tempdb';

const FIXED = new Date('2026-11-23T10:00:00Z');
let demo: CoreContext;
let demoCleanup: () => Promise<void>;
let dumped: PackFile;
let dir: string;
let dirCleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempContext();
  demo = t.ctx;
  demoCleanup = t.cleanup;
  await populateDemo(demo);
  dumped = await dumpDatabase(demo.db, FIXED);
  ({ dir, cleanup: dirCleanup } = await tempDir());
}, 180_000);
afterAll(async () => {
  await demoCleanup?.();
  await dirCleanup?.();
});

const clone = () => JSON.parse(JSON.stringify(dumped)) as PackFile;
let files = 0;

async function importInto(file: PackFile | string): Promise<CoreContext> {
  const db = await openDatabase(join(dir, `import-${++files}.sqlite`));
  const text = typeof file === 'string' ? file : packFileText(file);
  await importPackFile(db, parsePackFile(text, 'pack.json'));
  return coreContext({ db, appVersion: 'test', now: () => FIXED });
}

function problemsOf(file: unknown): string {
  try {
    parsePackFile(JSON.stringify(file), 'pack.json');
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('The file was expected to be refused');
}

const thisYear = (file: PackFile) => file.packs.find((p) => p.frameworkId === 'ilacs-2026')!;

describe('the pack file and the inspection cycle', () => {
  it('carries the demo council’s whole cycle: dump, import and dump again give the same file', async () => {
    expect(dumped.formatVersion).toBe(PACK_FORMAT_VERSION);
    expect(thisYear(dumped).frameworkMoves).toHaveLength(1);
    expect(thisYear(dumped).frameworkMoves[0]!.outcome.notCarried.length).toBeGreaterThan(5);
    expect(dumped.kit.length).toBeGreaterThan(10);
    expect(dumped.engagementMeetings).toHaveLength(2);
    expect(dumped.inspections.some((i) => i.strengths.length && i.planSubmittedDate)).toBe(true);
    expect(dumped.evidence.filter((e) => e.inspectionId).length).toBeGreaterThanOrEqual(2);
    const imported = await importInto(dumped);
    const again = await dumpDatabase(imported.db, FIXED);
    expect(packFileText(again)).toBe(packFileText(dumped));
    // The move can still be undone in the imported copy: its history came with it.
    const [move] = await call(imported, 'packs.frameworkMoves', { packId: thisYear(dumped).id });
    expect(move!.undoBlockedBy).toBeNull();
    await imported.db.close();
  });

  it('reads a file of format version 1, giving what it lacks its empty values', async () => {
    const old = clone() as unknown as Record<string, unknown> & PackFile;
    old.formatVersion = 1 as never;
    delete (old as Partial<PackFile>).kit;
    delete (old as Partial<PackFile>).engagementMeetings;
    for (const i of old.inspections) {
      delete (i as Partial<typeof i>).strengths;
      delete (i as Partial<typeof i>).planSubmittedDate;
    }
    for (const e of old.evidence) delete (e as Partial<typeof e>).inspectionId;
    for (const p of old.packs) delete (p as Partial<typeof p>).frameworkMoves;
    const imported = await importInto(old);
    const file = await dumpDatabase(imported.db, FIXED);
    expect([file.kit, file.engagementMeetings, file.inspections[0]!.strengths]).toEqual([[], [], []]);
    await imported.db.close();
  });

  it('accepts a pack that names a built-in framework by id and version instead of embedding it', async () => {
    const file = clone();
    const pack = thisYear(file);
    delete pack.framework;
    pack.builtInFramework = { id: 'ilacs-2026', version: '2026' };
    const imported = await importInto(file);
    expect((await call(imported, 'packs.get', { packId: pack.id })).framework).toEqual(builtInFramework('ilacs-2026'));
    await imported.db.close();
  });

  it('warns, without refusing, when a draft’s self-grades break a limiting rule', async () => {
    const file = clone();
    const t = await tempContext();
    try {
      const pack = await call(t.ctx, 'packs.create', { title: 'Agency SEF', frameworkId: 'sccif', period: '2026', asAt: '2026-10-01' });
      const areas = Object.fromEntries((await call(t.ctx, 'packs.get', { packId: pack.id })).areas.map((a) => [a.areaKey, a.id]));
      await call(t.ctx, 'areas.update', { areaId: areas['helped-and-protected']!, grade: 'inadequate' });
      await call(t.ctx, 'areas.update', { areaId: areas['overall-experiences-and-progress']!, grade: 'good' });
      const agency = (await dumpDatabase(t.ctx.db, FIXED)).packs[0]!;
      file.packs.push(agency);
    } finally {
      await t.cleanup();
    }
    const db = await openDatabase(join(dir, `import-${++files}.sqlite`));
    const summary = await importPackFile(db, parsePackFile(packFileText(file), 'pack.json'));
    expect(summary.warnings).toEqual([
      '"Agency SEF": the self-grades break a rule of SCCIF fostering and adoption. How well children and young people are helped and protected is a limiting judgement: if it is inadequate, the overall experiences and progress of children and young people is inadequate.',
    ]);
    await db.close();
  });
});

describe('importing checks what a file means', () => {
  it('refuses every problem of meaning at once, grouped by record, each with its path and what to do', () => {
    const file = clone();
    const pack = thisYear(file);
    const packAt = file.packs.indexOf(pack);
    const leaders = pack.areas.find((a) => a.areaKey === 'leaders')!;
    leaders.grade = 'brilliant';
    pack.areas[1]!.areaKey = 'front-door';
    pack.areas[2]!.depth = 2;
    leaders.narratives[0]!.sectionId = 'next-steps';
    leaders.narratives[1]!.doc = { type: 'doc', blocks: [{ type: 'paragraph', content: [{ type: 'citation', evidenceId: 'ev-not-here' }] }] };
    pack.actions[1]!.reference = pack.actions[0]!.reference;
    pack.frameworkId = 'ilacs-2023';
    const standard = file.inspections.find((i) => i.type === 'standard_inspection' && i.frameworkId === 'ilacs-2023')!;
    standard.grades[0]!.grade = 'good-ish';
    const visit = file.inspections.find((i) => i.type === 'focused_visit')!;
    visit.grades = [{ areaKey: 'leaders', areaTitle: 'Leaders', grade: 'good' }];
    file.evidence[0]!.inspectionId = 'insp-gone';

    const message = problemsOf(file);
    const lines = message.split('\n');
    expect(lines[0]).toBe('pack.json cannot be imported (12 problems). Nothing was imported; correct the file, or make it again with "sef dump".');
    const at = `packs.${packAt}`;
    const leadersAt = `${at}.areas.${pack.areas.indexOf(leaders)}`;
    expect(message).toContain(`  - ${at}.frameworkId: "ilacs-2023" does not match the pack's framework, whose id is "ilacs-2026". Make them the same.`);
    expect(message).toContain(`  - ${leadersAt}.grade: "brilliant" is not a grade of ILACS 2026. Use one of "outstanding", "good", "requires-improvement", "inadequate".`);
    expect(message).toContain(`  - ${at}.areas.1.areaKey: "front-door" is not an area of ILACS 2026. Use one of its areas' ids.`);
    expect(message).toContain(`  - ${at}.areas: The pack has no area for "help-and-protection" of ILACS 2026. Add it, as every pack has every area of its framework.`);
    expect(message).toContain(`  - ${at}.areas.2.depth: The depth is 2, but an area with no parent is at depth 0.`);
    expect(message).toContain(`  - ${leadersAt}.narratives.0.sectionId: "next-steps" is not a narrative section of "leaders" in ILACS 2026. Use one of "what-we-know", "how-we-know", "plans".`);
    expect(message).toContain(`  - ${leadersAt}.narratives.1.doc: Cites the evidence "ev-not-here", which is not in the file. Add the item to "evidence", or remove the citation.`);
    expect(message).toContain(`  - ${at}.actions.1.reference: The action reference "${pack.actions[0]!.reference}" is used twice in this pack. Give each action its own.`);
    expect(message).toMatch(/- inspections\.\d+\.grades\.0\.grade: "good-ish" is not a grade of ILACS 2023\./);
    expect(message).toMatch(/- inspections\.\d+\.grades: A focused visit gives no grades\. Remove them, or correct "type"\./);
    expect(message).toContain('  - evidence.0.inspectionId: The inspection "insp-gone" is not in the file. Add it to "inspections", or set this to null.');
    // Grouped under the record each is in, named from the file.
    expect(message).toContain(`\nPack ${packAt + 1} (“Children's services self-evaluation 2025–26”):\n`);
    expect(message).toMatch(/\nInspection \d+ \(“ILACS standard inspection, March 2023”\):\n/);
  });

  it('reports a wrong type as a wrong type, not as "required"', () => {
    const file = clone() as unknown as { packs: { title: unknown; version: unknown }[] };
    file.packs[0]!.title = 42;
    file.packs[0]!.version = 'seven';
    const message = problemsOf(file);
    expect(message).toContain('  - packs.0.title: Expected text, but found a number.');
    expect(message).toContain('  - packs.0.version: Expected a number, but found text.');
    expect(message).not.toMatch(/required/);
  });

  it('refuses a built-in framework named by an id or version SEF Studio does not have', () => {
    const file = clone();
    const pack = thisYear(file);
    delete pack.framework;
    pack.builtInFramework = { id: 'ilacs-2026', version: '2027' };
    expect(problemsOf(file)).toContain(`builtInFramework.version: SEF Studio's ILACS 2026 is version "2026", not "2027". Embed the version the pack was made from in "framework".`);
    pack.builtInFramework = { id: 'ilacs-2099', version: '1' };
    expect(problemsOf(file)).toContain('builtInFramework.id: "ilacs-2099" is not a framework built into this version of SEF Studio. Embed the framework in "framework" instead.');
  });

  it('refuses inspection grades that break their framework’s limiting rule, and kit items SEF Studio does not know', () => {
    const file = clone();
    file.inspections.push({
      ...file.inspections[0]!,
      id: 'agency-2025',
      type: 'sccif_inspection',
      title: 'Agency inspection',
      frameworkId: 'sccif',
      recommendations: [],
      grades: [
        { areaKey: 'helped-and-protected', areaTitle: 'Helped and protected', grade: 'inadequate' },
        { areaKey: 'overall-experiences-and-progress', areaTitle: 'Overall', grade: 'requires-improvement' },
      ],
    });
    file.kit.push({ ...file.kit[0]!, key: 'annex-z' });
    const message = problemsOf(file);
    expect(message).toMatch(/grades: These grades break a rule of SCCIF fostering and adoption: How well children and young people are helped and protected is a limiting judgement/);
    expect(message).toMatch(/kit\.\d+\.key: "annex-z" is not an item of SEF Studio's kit\. Give the council's own items keys starting "own-"\./);
  });
});
