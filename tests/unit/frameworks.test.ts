// The built-in frameworks are data: every file is valid against FrameworkSchema and the generated JSON
// Schema, and carries the exact wording of the published frameworks (shared/domain.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FRAMEWORKS, parseBuiltInFramework } from '../../src/core/frameworks/builtin';
import { frameworkJsonSchema, frameworkJsonSchemaText } from '../../src/core/frameworks/json-schema';
import {
  describeIssues, flattenAreas, FrameworkSchema, SELF_EVALUATION_QUESTIONS, type Framework,
} from '../../src/shared/framework';
import { ratingForPercentage, scorePercentage, textColourOn } from '../../src/shared/rules';

const DIR = join(__dirname, '../../resources/frameworks');
const frameworkFiles = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'framework.schema.json');
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(DIR, file), 'utf8'));
const byId = (id: string): Framework => {
  const fw = BUILT_IN_FRAMEWORKS.find((f) => f.id === id);
  if (!fw) throw new Error(`No built-in framework ${id}`);
  return fw;
};
const titles = (fw: Framework) => flattenAreas(fw.areas).map((a) => a.area.title);
const graded = (fw: Framework) => flattenAreas(fw.areas).filter((a) => a.area.graded);

const OFSTED_LABELS = ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'];
const OFSTED_IDS = ['outstanding', 'good', 'requires-improvement', 'inadequate'];
const LEADERS = 'The impact of leaders on social work practice with children and families';
const HELP = 'The experiences and progress of children who need help and protection';
const CIC = 'The experiences and progress of children in care';
const CL = 'The experiences and progress of care leavers';

function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const ch = (i: number) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(1) + 0.7152 * ch(3) + 0.0722 * ch(5);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('framework files', () => {
  it('ships one file per built-in framework, named by its id', () => {
    expect(frameworkFiles.sort()).toEqual(
      ['cqc-la-2023', 'ilacs-2018', 'ilacs-2023', 'ilacs-2026', 'sccif', 'sif-2013', 'slac-2009'].map((id) => `${id}.json`),
    );
    expect(BUILT_IN_FRAMEWORKS.map((f) => `${f.id}.json`).sort()).toEqual(frameworkFiles.sort());
  });

  it('keeps the committed JSON Schema identical to the one generated from FrameworkSchema', () => {
    // If this fails, run: npx tsx src/core/frameworks/json-schema.ts
    expect(readFileSync(join(DIR, 'framework.schema.json'), 'utf8')).toBe(frameworkJsonSchemaText());
  });

  it.each(frameworkFiles)('%s is valid against FrameworkSchema and the JSON Schema', (file) => {
    const json = readJson(file);
    const parsed = FrameworkSchema.safeParse(json);
    expect(parsed.success ? [] : describeIssues(parsed.error)).toEqual([]);

    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
    const validate = ajv.compile(frameworkJsonSchema());
    expect(validate(json) ? [] : validate.errors).toEqual([]);
  });

  it('uses the three self-evaluation questions as the sections of the children\'s frameworks', () => {
    for (const id of ['ilacs-2018', 'ilacs-2023', 'ilacs-2026', 'sif-2013'])
      expect(byId(id).sections.map((s) => ({ id: s.id, title: s.title }))).toEqual(SELF_EVALUATION_QUESTIONS);
  });

  it('says that adapted questions (CQC, SCCIF) are SEF Studio\'s, not the publisher\'s', () => {
    for (const id of ['cqc-la-2023', 'sccif']) {
      const fw = byId(id);
      expect(fw.sections.map((s) => s.id)).toEqual(SELF_EVALUATION_QUESTIONS.map((s) => s.id));
      for (const s of fw.sections) expect(s.prompt).toMatch(/SEF Studio's adaptation/);
    }
    expect(byId('cqc-la-2023').sections[0]!.title).toMatch(/adult social care/);
  });

  it('marks every area\'s prompts as SEF Studio guidance and offers prompts for every graded area', () => {
    for (const fw of BUILT_IN_FRAMEWORKS)
      for (const { area } of flattenAreas(fw.areas)) {
        expect(area.promptsAreGuidance, `${fw.id}/${area.id}`).toBe(true);
        if (area.graded) expect(area.prompts.length, `${fw.id}/${area.id}`).toBeGreaterThan(0);
      }
  });

  it('gives every grade colour text that reads at WCAG AA contrast (4.5:1)', () => {
    for (const fw of BUILT_IN_FRAMEWORKS)
      for (const level of fw.scale.levels)
        expect(contrast(level.colour, textColourOn(level.colour)), `${fw.id}/${level.id}`).toBeGreaterThanOrEqual(4.5);
  });
});

describe('Ofsted frameworks', () => {
  it('use Ofsted\'s exact grade labels, with shared ids so grades line up across versions', () => {
    for (const id of ['ilacs-2018', 'ilacs-2023', 'ilacs-2026', 'sccif']) {
      const { scale } = byId(id);
      expect(scale.kind).toBe('ordinal');
      expect(scale.levels.map((l) => l.label)).toEqual(OFSTED_LABELS);
      expect(scale.levels.map((l) => l.id)).toEqual(OFSTED_IDS);
      expect(scale.levels[2]!.shortLabel).toBe('Requires improvement');
      for (const l of scale.levels) expect(l.descriptor).toMatch(/^SEF Studio summary, not Ofsted's wording/);
    }
    expect(byId('sif-2013').scale.levels.map((l) => l.label)).toEqual(['Outstanding', 'Good', 'Requires improvement', 'Inadequate']);
    expect(byId('sif-2013').scale.levels.map((l) => l.id)).toEqual(OFSTED_IDS);
  });

  it('ILACS January 2023 to March 2026 has the five graded judgements, word for word', () => {
    const fw = byId('ilacs-2023');
    expect([fw.validFrom, fw.validTo]).toEqual(['2023-01-01', '2026-03-31']);
    expect(graded(fw).map((a) => a.area.title)).toEqual([LEADERS, HELP, CIC, CL, 'Overall effectiveness']);
    expect(fw.areas.map((a) => a.id)).toEqual(['leaders', 'help-and-protection', 'children-in-care', 'care-leavers', 'overall-effectiveness']);
    expect(fw.areas.every((a) => a.kind === 'judgement')).toBe(true);
  });

  it('ILACS from April 2026 drops overall effectiveness and notes the renewed framework planned for 2027', () => {
    const fw = byId('ilacs-2026');
    expect([fw.validFrom, fw.validTo]).toEqual(['2026-04-01', null]);
    expect(titles(fw)).toEqual([LEADERS, HELP, CIC, CL]);
    expect(titles(fw)).not.toContain('Overall effectiveness');
    expect(fw.description).toMatch(/2027/);
    expect(fw.areas.map((a) => a.id)).toEqual(byId('ilacs-2023').areas.slice(0, 4).map((a) => a.id));
  });

  it('ILACS 2018 to 2022 has four judgements, children in care and care leavers combined', () => {
    const fw = byId('ilacs-2018');
    expect([fw.validFrom, fw.validTo]).toEqual(['2018-01-01', '2022-12-31']);
    expect(titles(fw)).toEqual([LEADERS, HELP, 'The experiences and progress of children in care and care leavers', 'Overall effectiveness']);
    expect(fw.areas.map((a) => a.id)).toEqual(['leaders', 'help-and-protection', 'children-in-care-and-care-leavers', 'overall-effectiveness']);
  });

  it('SIF 2013 grades adoption performance and care leavers as sub-judgements of children looked after', () => {
    const fw = byId('sif-2013');
    expect([fw.validFrom, fw.validTo]).toEqual(['2013-11-01', '2017-12-31']);
    const cla = fw.areas.find((a) => a.id === 'children-looked-after-and-permanence')!;
    expect(cla.title).toBe('The experiences and progress of children looked after and achieving permanence');
    expect(cla.children!.map((c) => [c.title, c.kind, c.graded])).toEqual([
      ['Adoption performance', 'sub_judgement', true],
      ['The experiences and progress of care leavers', 'sub_judgement', true],
    ]);
    expect(titles(fw)).toContain('Leadership, management and governance');
    expect(graded(fw)).toHaveLength(6);
  });

  it('SCCIF has the three judgements and says how the two limiting judgements limit the overall one', () => {
    const fw = byId('sccif');
    expect(fw.sector).toBe('fostering_adoption');
    expect(titles(fw)).toEqual([
      'Overall experiences and progress of children and young people',
      'How well children and young people are helped and protected',
      'The effectiveness of leaders and managers',
    ]);
    expect(fw.areas[1]!.limitingNote).toMatch(/if this is inadequate, the overall .* is inadequate/);
    expect(fw.areas[2]!.limitingNote).toMatch(/at best requires improvement/);
  });

  it('uses the gov.uk ILACS source', () => {
    for (const id of ['ilacs-2018', 'ilacs-2023', 'ilacs-2026'])
      expect(byId(id).source.title).toMatch(/^Inspecting local authority children's services from 2018/);
  });
});

describe('CQC local authority assessment', () => {
  const fw = byId('cqc-la-2023');
  const gradeFor = (score: number) => fw.scale.levels.find((l) => l.score === score)!.id;

  it('scores quality statements 4 to 1 in CQC\'s words, with the rating thresholds', () => {
    expect(fw.validFrom).toBe('2023-04-01');
    expect(fw.scale.kind).toBe('numeric');
    expect(fw.scale.levels.map((l) => [l.score, l.label])).toEqual([
      [4, 'Exceptional'], [3, 'Good standard'], [2, 'Some shortfalls'], [1, 'Significant shortfalls'],
    ]);
    expect(fw.scale.thresholds).toEqual([
      { label: 'Outstanding', minPercent: 88 }, { label: 'Good', minPercent: 63 },
      { label: 'Requires improvement', minPercent: 39 }, { label: 'Inadequate', minPercent: 25 },
    ]);
  });

  it('has four ungraded themes holding the nine graded quality statements', () => {
    expect(fw.areas.map((a) => [a.title, a.kind, a.graded])).toEqual([
      ['Working with people', 'theme', false],
      ['Providing support', 'theme', false],
      ['How the local authority ensures safety within the system', 'theme', false],
      ['Leadership', 'theme', false],
    ]);
    expect(fw.areas.flatMap((a) => a.children!.map((c) => c.title))).toEqual([
      'Assessing needs', 'Supporting people to live healthier lives', 'Equity in experience and outcomes',
      'Care provision, integration and continuity', 'Partnerships and communities',
      'Safe systems, pathways and transitions', 'Safeguarding',
      'Governance, management and sustainability', 'Learning, improvement and innovation',
    ]);
    expect(graded(fw).every((a) => a.area.kind === 'quality_statement')).toBe(true);
  });

  it('turns equally weighted scores into a percentage and a rating', () => {
    const rate = (scores: number[]) => ratingForPercentage(fw.scale, scorePercentage(fw.scale, scores.map(gradeFor)));
    expect(ratingForPercentage(fw.scale, 62)).toBe('Requires improvement');
    expect(ratingForPercentage(fw.scale, 63)).toBe('Good');
    expect(ratingForPercentage(fw.scale, 87)).toBe('Good');
    expect(ratingForPercentage(fw.scale, 88)).toBe('Outstanding');
    expect(ratingForPercentage(fw.scale, 38)).toBe('Inadequate');
    expect(ratingForPercentage(fw.scale, 39)).toBe('Requires improvement');
    expect(scorePercentage(fw.scale, Array(9).fill(gradeFor(3)))).toBe(75);
    expect(rate([3, 3, 3, 3, 3, 3, 3, 3, 3])).toBe('Good');
    expect(rate([4, 4, 4, 4, 4, 4, 4, 4, 3])).toBe('Outstanding'); // 35/36 = 97%
    expect(rate([2, 2, 2, 2, 2, 3, 3, 3, 3])).toBe('Requires improvement'); // 22/36 = 61%
    expect(rate([1, 1, 1, 1, 1, 1, 1, 1, 1])).toBe('Inadequate'); // 25%
  });
});

describe('an invalid framework', () => {
  it('is refused with sentences that say where and what is wrong', () => {
    const bad = structuredClone(readJson('ilacs-2023.json')) as Record<string, unknown> & { areas: Record<string, unknown>[] };
    bad.validFrom = '1 January 2023';
    bad.areas[0]!.title = '';
    bad.areas[1]!.id = 'leaders';
    const result = FrameworkSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const lines = describeIssues(result.error!);
    expect(lines).toContain('validFrom: Dates are YYYY-MM-DD');
    expect(lines.some((l) => l.startsWith('areas.0.title:'))).toBe(true);
    expect(() => parseBuiltInFramework('broken.json', bad)).toThrow(/resources\/frameworks\/broken\.json is not valid: .*validFrom: Dates are YYYY-MM-DD/);
  });

  it('reports a repeated area id and a numeric scale without scores', () => {
    const bad = structuredClone(readJson('cqc-la-2023.json')) as Framework;
    bad.areas[1]!.id = 'working-with-people';
    delete bad.scale.levels[0]!.score;
    const result = FrameworkSchema.safeParse(bad);
    const lines = result.success ? [] : describeIssues(result.error);
    expect(lines).toEqual(
      expect.arrayContaining(['areas: Area id "working-with-people" is used twice', 'scale: Every level of a numeric scale needs a score']),
    );
  });

  it('is caught when a built-in file\'s id does not match its name', () => {
    expect(() => parseBuiltInFramework('ilacs-2024.json', readJson('ilacs-2023.json'))).toThrow(/should be "ilacs-2024"/);
  });
});
