// The rules of the inspection cycle as pure functions: working days with England's bank holidays,
// frameworks that supersede one another and map their areas, grades compared across frameworks,
// limiting judgements, CQC scores, and what moving a pack onto a successor framework carries and keeps.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLAND_WORKING_DAYS } from '../../src/core/calendar/bank-holidays';
import { BUILT_IN_FRAMEWORKS, builtInFramework } from '../../src/core/frameworks/builtin';
import { FrameworkSchema, describeIssues, plainMessage, type Framework } from '../../src/shared/framework';
import { areaLineage, lookupOf, successionProblems, successionTo } from '../../src/shared/lineage';
import { moveThrough, type AreaContent, type PackContent } from '../../src/shared/move';
import { docFromText } from '../../src/shared/richtext';
import { directionOfTravel, gradeText, ruleBreaches, scoreSummary, scoredCount } from '../../src/shared/rules';
import { z } from 'zod';

const fw = (id: string): Framework => builtInFramework(id)!;
const lookup = lookupOf(BUILT_IN_FRAMEWORKS);

describe('working days in England', () => {
  const days = ENGLAND_WORKING_DAYS;

  it('counts 70 working days from a report published on 12 May 2023, skipping the spring bank holiday', () => {
    expect(days.add('2023-05-12', 70)).toEqual({ ok: true, date: '2023-08-21' });
  });

  it('counts 20 working days over Christmas, skipping the substitute Boxing Day and New Year’s Day', () => {
    expect(days.add('2026-12-11', 20)).toEqual({ ok: true, date: '2027-01-13' });
    expect(days.isWorkingDay('2026-12-28')).toBe(false);
    expect(days.holidayOn('2026-12-28')).toBe('Boxing Day (substitute day)');
  });

  it('counts the working days left to a due date, and negative ones once it has passed', () => {
    expect(days.between('2026-11-23', '2026-12-04')).toEqual({ ok: true, days: 9 });
    expect(days.between('2026-12-08', '2026-12-04')).toEqual({ ok: true, days: -2 });
  });

  it('refuses to guess outside the years its bank holidays cover, and says so', () => {
    const result = days.add('2027-11-01', 70);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(/knows the bank holidays in England for 2010 to 2027 only, and .* 2028 is outside those years/);
    expect(days.between('2009-12-30', '2010-01-04').ok).toBe(false);
  });

  it('holds every bank holiday 2010–2027 as data, one-off days and substitutes included, none at a weekend', () => {
    const file = JSON.parse(readFileSync(join(__dirname, '../../resources/calendars/bank-holidays-england.json'), 'utf8'));
    expect([file.coversFrom, file.coversTo]).toEqual([2010, 2027]);
    const dates = new Set(file.holidays.map((h: { date: string }) => h.date));
    for (const d of ['2011-04-29', '2012-06-04', '2012-06-05', '2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08', '2021-12-27', '2021-12-28', '2022-01-03'])
      expect(dates.has(d), d).toBe(true);
    for (const d of ['2012-05-28', '2020-05-04', '2022-05-30', '2022-12-25']) expect(dates.has(d), d).toBe(false);
    for (const d of dates) expect([0, 6]).not.toContain(new Date(`${d}T00:00:00Z`).getUTCDay());
    for (let year = 2010; year <= 2027; year++) {
      const inYear = [...dates].filter((d) => String(d).startsWith(String(year))).length;
      expect(inYear, String(year)).toBeGreaterThanOrEqual(8);
    }
  });
});

describe('frameworks that supersede one another', () => {
  it('chain the children’s frameworks: 2009 inspections → SIF → ILACS 2018 → January 2023 → April 2026', () => {
    expect(fw('sif-2013').supersedes?.id).toBe('slac-2009');
    expect(fw('ilacs-2018').supersedes?.id).toBe('sif-2013');
    expect(fw('ilacs-2023').supersedes?.id).toBe('ilacs-2018');
    expect(fw('ilacs-2026').supersedes?.id).toBe('ilacs-2023');
    for (const f of BUILT_IN_FRAMEWORKS) expect(successionProblems(f, lookup), f.id).toEqual([]);
  });

  it('map the combined 2018 judgement to both 2023 judgements, and drop overall effectiveness from April 2026', () => {
    const areas2023 = new Map(fw('ilacs-2023').supersedes!.areas.map((a) => [a.area, a.from]));
    expect(areas2023.get('children-in-care')).toEqual(['children-in-care-and-care-leavers']);
    expect(areas2023.get('care-leavers')).toEqual(['children-in-care-and-care-leavers']);
    expect(fw('ilacs-2026').supersedes!.areas.flatMap((a) => a.from)).not.toContain('overall-effectiveness');
    const cla = fw('ilacs-2018').supersedes!.areas.find((a) => a.area === 'children-in-care-and-care-leavers')!;
    expect(cla.from).toEqual(['children-looked-after-and-permanence', 'adoption-performance', 'care-leavers']);
  });

  it('say which framework is in force at a date, through every version in between', () => {
    const ids = (steps: Framework[]) => steps.map((f) => f.id);
    expect(ids(successionTo(fw('ilacs-2023'), '2026-11-20', BUILT_IN_FRAMEWORKS))).toEqual(['ilacs-2026']);
    expect(ids(successionTo(fw('ilacs-2018'), '2026-06-01', BUILT_IN_FRAMEWORKS))).toEqual(['ilacs-2023', 'ilacs-2026']);
    expect(ids(successionTo(fw('ilacs-2023'), '2025-05-30', BUILT_IN_FRAMEWORKS))).toEqual([]);
    expect(ids(successionTo(fw('cqc-la-2023'), '2030-01-01', BUILT_IN_FRAMEWORKS))).toEqual([]);
  });

  it('follow an area back to what it continues, preferring the same area where a judgement split', () => {
    expect(areaLineage(fw('ilacs-2026'), 'care-leavers', lookup)).toEqual([
      ['ilacs-2026', 'care-leavers'],
      ['ilacs-2023', 'care-leavers'],
      ['ilacs-2018', 'children-in-care-and-care-leavers'],
      ['sif-2013', 'care-leavers'],
    ]);
    expect(areaLineage(fw('ilacs-2018'), 'children-in-care-and-care-leavers', lookup).slice(1)).toEqual([
      ['sif-2013', 'children-looked-after-and-permanence'],
      ['slac-2009', 'looked-after-children'],
    ]);
  });

  it('refuse a mapping that names an area of its own framework that does not exist, or a rule with an unknown grade', () => {
    const bad = structuredClone(fw('sccif')) as Framework;
    bad.supersedes = { id: 'sccif-old', version: '1', areas: [{ area: 'nowhere', from: ['x'] }] };
    bad.rules![0]!.then.gradeAtBest = 'dreadful';
    const result = FrameworkSchema.safeParse(bad);
    expect(result.success ? [] : describeIssues(result.error)).toEqual([
      'supersedes.areas.0.area: "nowhere" is not an area of this framework',
      'rules.0.then.gradeAtBest: "dreadful" is not a grade of this framework',
    ]);
  });

  it('catch a mapping onto areas the predecessor does not have', () => {
    const bad = structuredClone(fw('ilacs-2026')) as Framework;
    bad.supersedes!.areas[0]!.from = ['leadership'];
    expect(successionProblems(bad, lookup)).toEqual(['"leaders" continues "leadership", which is not an area of ILACS 2023']);
  });
});

describe('grades compared across frameworks', () => {
  it('reads each grade on its own scale: SIF’s requires improvement meets ILACS’s, 2010’s adequate sits there too', () => {
    const ilacs = fw('ilacs-2026').scale;
    expect(directionOfTravel(ilacs, 'good', 'requires-improvement', fw('sif-2013').scale)).toBe('improved');
    expect(directionOfTravel(ilacs, 'requires-improvement', 'adequate', fw('slac-2009').scale)).toBe('same');
    expect(directionOfTravel(ilacs, 'inadequate', 'Good', fw('sif-2013').scale)).toBe('declined');
    expect(directionOfTravel(ilacs, 'good', 'good-standard', fw('cqc-la-2023').scale)).toBe('none');
  });

  it('shows CQC scores as a number with its words, and says how many statements were scored', () => {
    const cqc = fw('cqc-la-2023').scale;
    expect(gradeText(cqc, 'good-standard')).toBe('3 – Good standard');
    expect(gradeText(fw('ilacs-2023').scale, 'requires-improvement')).toBe('Requires improvement to be good');
    const summary = scoreSummary(cqc, ['good-standard', 'good-standard', null, 'good-standard', 'good-standard', 'some-shortfalls', 'good-standard', 'good-standard', 'good-standard']);
    expect(summary).toEqual({ percent: 72, rating: 'Good', scored: 8, total: 9 });
    expect(scoredCount(summary)).toBe('8 of 9 scored');
    expect(scoredCount({ scored: 9, total: 9 })).toBe('all 9 scored');
  });
});

describe('limiting judgements as data', () => {
  const sccif = fw('sccif');
  const breaches = (grades: Record<string, string>) => ruleBreaches(sccif, (k) => grades[k]).map((b) => b.rule.id);

  it('holds SCCIF’s two limiting judgements in the framework file', () => {
    expect(sccif.rules!.map((r) => [r.when.area, r.when.gradeAtOrBelow, r.then.area, r.then.gradeAtBest])).toEqual([
      ['helped-and-protected', 'inadequate', 'overall-experiences-and-progress', 'inadequate'],
      ['leaders-and-managers', 'inadequate', 'overall-experiences-and-progress', 'requires-improvement'],
    ]);
  });

  it('finds grades that break them, and none that keep them', () => {
    const overall = 'overall-experiences-and-progress';
    expect(breaches({ 'helped-and-protected': 'inadequate', [overall]: 'good' })).toEqual(['helped-and-protected-limits-overall']);
    expect(breaches({ 'helped-and-protected': 'inadequate', [overall]: 'inadequate' })).toEqual([]);
    expect(breaches({ 'leaders-and-managers': 'inadequate', [overall]: 'requires-improvement' })).toEqual([]);
    expect(breaches({ 'leaders-and-managers': 'inadequate', [overall]: 'good' })).toEqual(['leaders-limit-overall']);
    expect(breaches({ 'leaders-and-managers': 'inadequate' })).toEqual([]);
  });
});

function area(key: string, over: Partial<AreaContent> = {}): AreaContent {
  return {
    key,
    title: key,
    graded: true,
    grade: null,
    position: null,
    status: 'agreed',
    strengths: [],
    areasForDevelopment: [],
    narratives: new Map(),
    links: [],
    actions: [],
    origins: [key],
    ...over,
  };
}

describe('moving a pack onto the framework that superseded its own', () => {
  it('splits the combined 2018 judgement into children in care and care leavers, each to be reviewed again', () => {
    const content: PackContent = {
      framework: fw('ilacs-2018'),
      areas: [
        area('leaders', { grade: 'good', position: 'secure', strengths: ['Stable team'] }),
        area('help-and-protection'),
        area('children-in-care-and-care-leavers', {
          grade: 'requires-improvement',
          position: 'strong',
          narratives: new Map([['what-we-know', docFromText('Most children live in stable homes.')]]),
          links: [{ evidenceId: 'ev-1', note: 'Stability audit', createdAt: 't' }],
          actions: [{ id: 'act-1', reference: 'A01', title: 'Pathway plans' }],
        }),
        area('overall-effectiveness', { grade: 'requires-improvement' }),
      ],
    };
    const { content: moved, carried, notCarried } = moveThrough(content, [fw('ilacs-2023')]);
    const byKey = new Map(moved.areas.map((a) => [a.key, a]));
    for (const key of ['children-in-care', 'care-leavers']) {
      expect(byKey.get(key)).toMatchObject({ grade: 'requires-improvement', position: 'strong', status: 'to_review' });
      expect(byKey.get(key)!.narratives.get('what-we-know')).toEqual(docFromText('Most children live in stable homes.'));
      expect(byKey.get(key)!.links.map((l) => l.evidenceId)).toEqual(['ev-1']);
    }
    // An action sits in one area: the first that continues its own.
    expect(byKey.get('children-in-care')!.actions.map((a) => a.reference)).toEqual(['A01']);
    expect(byKey.get('care-leavers')!.actions).toEqual([]);
    expect(byKey.get('leaders')).toMatchObject({ grade: 'good', status: 'agreed', strengths: ['Stable team'] });
    expect(carried.find((c) => c.areaKey === 'care-leavers')).toMatchObject({
      fromAreaTitles: ['children-in-care-and-care-leavers'], reviewAgain: true, evidenceLinks: 1,
    });
    expect(notCarried).toEqual([]);
  });

  it('keeps, with its content, everything of overall effectiveness when ILACS from April 2026 drops it', () => {
    const doc = docFromText('Overall, practice is improving.');
    const content: PackContent = {
      framework: fw('ilacs-2023'),
      areas: [
        ...['leaders', 'help-and-protection', 'children-in-care', 'care-leavers'].map((k) => area(k, { grade: 'good' })),
        area('overall-effectiveness', {
          title: 'Overall effectiveness',
          grade: 'requires-improvement',
          position: 'strong',
          strengths: ['One plan'],
          areasForDevelopment: ['Pace'],
          // Read in another order than the framework's questions (as from the database, by section id).
          narratives: new Map([['plans', docFromText('Keep going.')], ['what-we-know', doc]]),
          links: [{ evidenceId: 'ev-9', note: 'The report', createdAt: 't', label: 'E009 Inspection report' }],
          actions: [{ id: 'act-7', reference: 'A07', title: 'Share the self-evaluation' }],
        }),
      ],
    };
    const { content: moved, notCarried } = moveThrough(content, [fw('ilacs-2026')]);
    expect(moved.areas.map((a) => a.key)).toEqual(['leaders', 'help-and-protection', 'children-in-care', 'care-leavers']);
    expect(moved.areas.every((a) => a.grade === 'good' && a.status === 'agreed')).toBe(true);
    expect(notCarried.map((n) => [n.kind, n.description])).toEqual([
      ['narrative', 'Narrative: “What do you know about the quality and impact of social work practice in your local authority?”'],
      ['narrative', 'Narrative: “What are your plans for the next 12 months to maintain or improve practice?”'],
      ['grade', 'Grade: Requires improvement to be good (strong)'],
      ['strengths', '1 strength'],
      ['areas_for_development', '1 area for development'],
      ['evidence_link', 'Link to E009 Inspection report: The report'],
      ['action', 'Action A07: Share the self-evaluation'],
    ]);
    expect(notCarried.every((n) => n.reason.startsWith('ILACS 2026 has no area that continues “Overall effectiveness”'))).toBe(true);
    expect(notCarried[0]!.doc).toEqual(doc);
    expect(notCarried[3]!.items).toEqual(['One plan']);
    expect(notCarried[6]!.actionId).toBe('act-7');
  });

  it('merges SIF’s children looked after and its sub-judgements, keeping the grades that cannot be carried', () => {
    const content: PackContent = {
      framework: fw('sif-2013'),
      areas: [
        area('overall-effectiveness'),
        area('help-and-protection'),
        area('children-looked-after-and-permanence', { title: 'Children looked after', grade: 'requires-improvement', narratives: new Map([['plans', docFromText('Permanence first.')]]) }),
        area('adoption-performance', { title: 'Adoption performance', grade: 'inadequate', narratives: new Map([['plans', docFromText('Recruit adopters.')]]) }),
        area('care-leavers', { title: 'Care leavers', grade: 'good' }),
        area('leaders'),
      ],
    };
    const { content: moved, notCarried } = moveThrough(content, [fw('ilacs-2018')]);
    const combined = moved.areas.find((a) => a.key === 'children-in-care-and-care-leavers')!;
    expect(combined.grade).toBe('requires-improvement');
    expect(combined.narratives.get('plans')!.blocks.map((b) => (b.type === 'paragraph' || b.type === 'heading' ? b.content.map((c) => (c.type === 'text' ? c.text : '')).join('') : ''))).toEqual([
      'Permanence first.',
      'Carried from “Adoption performance”',
      'Recruit adopters.',
    ]);
    expect(notCarried.map((n) => [n.areaTitle, n.description, n.reason])).toEqual([
      ['Adoption performance', 'Grade: Inadequate', '“The experiences and progress of children in care and care leavers” takes one grade, carried from “Children looked after”'],
      ['Care leavers', 'Grade: Good', '“The experiences and progress of children in care and care leavers” takes one grade, carried from “Children looked after”'],
    ]);
  });
});

describe('messages for a wrong type', () => {
  it('say what was expected and what was found, and keep "required" for what is missing', () => {
    const schema = z.object({ a: z.string(), b: z.number(), c: z.array(z.string()) });
    const issues = schema.safeParse({ b: 'ten', c: 'x' }).error!.issues;
    expect(issues.map(plainMessage)).toEqual(['This is required', 'Expected a number, but found text', 'Expected a list, but found text']);
  });
});
