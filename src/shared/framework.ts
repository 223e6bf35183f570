// An inspection framework is data: a versioned file with a grade scale and a tree of areas.
// This zod schema is the single source of truth; resources/frameworks/framework.schema.json is
// generated from it (tests fail if the two drift apart).
import { z } from 'zod';
import { ISO_DATE, isValidIsoDate } from './dates';

/** A date that exists, as YYYY-MM-DD: 2026-02-30 is refused, not stored. */
const FrameworkDate = z
  .string()
  .regex(ISO_DATE, { message: 'Dates are YYYY-MM-DD', abort: true })
  .refine(isValidIsoDate, 'That date does not exist; check the day and the month');

const Slug = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Use lower-case letters, digits and hyphens only');

export const GradeLevelSchema = z.object({
  id: Slug,
  label: z.string().min(1).max(80),
  /** Short form for narrow table cells; the full label is always available beside it. */
  shortLabel: z.string().min(1).max(40),
  /** Background colour as #RRGGBB; text colour is chosen for contrast by the UI and export. */
  colour: z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'Colours are #RRGGBB'),
  descriptor: z.string().max(4000),
  /** Numeric score for scales that use one (CQC 1–4). */
  score: z.number().int().min(0).max(100).optional(),
});
export type GradeLevel = z.infer<typeof GradeLevelSchema>;

export const RatingThresholdSchema = z.object({
  label: z.string().min(1).max(80),
  minPercent: z.number().min(0).max(100),
});
export type RatingThreshold = z.infer<typeof RatingThresholdSchema>;

export const GradeScaleSchema = z.object({
  kind: z.enum(['ordinal', 'numeric']),
  /** Best first. */
  levels: z.array(GradeLevelSchema).min(2).max(10),
  /** For numeric scales: how the average percentage turns into an overall rating, highest first. */
  thresholds: z.array(RatingThresholdSchema).optional(),
});
export type GradeScale = z.infer<typeof GradeScaleSchema>;

export const NarrativeSectionDefSchema = z.object({
  id: Slug,
  title: z.string().min(1).max(300),
  prompt: z.string().max(2000).optional(),
});
export type NarrativeSectionDef = z.infer<typeof NarrativeSectionDefSchema>;

export const AREA_KINDS = ['judgement', 'sub_judgement', 'theme', 'quality_statement'] as const;

export interface FrameworkArea {
  id: string;
  title: string;
  kind: (typeof AREA_KINDS)[number];
  graded: boolean;
  description?: string;
  /** Prompts shown beside the editor. */
  prompts: string[];
  /** True when the prompts are SEF Studio's suggestions, not the publisher's wording. */
  promptsAreGuidance: boolean;
  /** A limiting judgement's effect on the overall grade, in words. */
  limitingNote?: string;
  /** Overrides the framework's default narrative sections. */
  sections?: NarrativeSectionDef[];
  children?: FrameworkArea[];
}

export const FrameworkAreaSchema: z.ZodType<FrameworkArea> = z.lazy(() =>
  z.object({
    id: Slug,
    title: z.string().min(1).max(300),
    kind: z.enum(AREA_KINDS),
    graded: z.boolean(),
    description: z.string().max(4000).optional(),
    prompts: z.array(z.string().min(1).max(1000)).max(60),
    promptsAreGuidance: z.boolean(),
    limitingNote: z.string().max(1000).optional(),
    sections: z.array(NarrativeSectionDefSchema).min(1).max(20).optional(),
    children: z.array(FrameworkAreaSchema).max(40).optional(),
  }),
);

/**
 * How one area of this framework continues areas of the version it supersedes. The first area in `from`
 * is its main predecessor: the one whose grade a direction of travel compares with. Several areas in
 * `from` merge into this one (SIF's children looked after with its two sub-judgements); one predecessor
 * area named by several entries splits (ILACS 2018's combined judgement into children in care and care
 * leavers). A predecessor area that no entry names is not carried (ILACS from April 2026 has no overall
 * effectiveness).
 */
export const AreaContinuationSchema = z.object({
  area: Slug,
  from: z.array(Slug).min(1).max(10),
});
export type AreaContinuation = z.infer<typeof AreaContinuationSchema>;

export const SupersedesSchema = z.object({
  /** The framework this version replaces, by id and version. */
  id: Slug,
  version: z.string().min(1).max(40),
  /** Each area of this framework that continues one or more of the predecessor's. */
  areas: z.array(AreaContinuationSchema).max(60),
});
export type Supersedes = z.infer<typeof SupersedesSchema>;

/**
 * A limiting judgement as data: while one area's grade is at or below a level, another area's grade can
 * be no better than a given level (SCCIF: helped and protected inadequate makes overall inadequate).
 */
export const LimitingRuleSchema = z.object({
  id: Slug,
  when: z.object({ area: Slug, gradeAtOrBelow: Slug }),
  then: z.object({ area: Slug, gradeAtBest: Slug }),
  /** The rule in words, as the framework states it. */
  statement: z.string().min(1).max(1000),
});
export type LimitingRule = z.infer<typeof LimitingRuleSchema>;

export const FRAMEWORK_SCHEMA_VERSION = 1;

export const FrameworkSchema = z
  .object({
    schemaVersion: z.literal(FRAMEWORK_SCHEMA_VERSION),
    id: Slug,
    title: z.string().min(1).max(300),
    shortTitle: z.string().min(1).max(80),
    publisher: z.string().min(1).max(200),
    version: z.string().min(1).max(40),
    validFrom: FrameworkDate,
    validTo: FrameworkDate.nullable(),
    sector: z.enum(['children', 'fostering_adoption', 'adults']),
    source: z.object({ title: z.string().min(1).max(500), url: z.string().url().optional() }),
    description: z.string().max(4000).optional(),
    scale: GradeScaleSchema,
    /** The default narrative sections of every area: by default the self-evaluation's three questions. */
    sections: z.array(NarrativeSectionDefSchema).min(1).max(20),
    areas: z.array(FrameworkAreaSchema).min(1).max(60),
    /** The version this one replaces, and how its areas continue the predecessor's. */
    supersedes: SupersedesSchema.optional(),
    /** Limiting judgements and any other rules between grades. */
    rules: z.array(LimitingRuleSchema).max(40).optional(),
  })
  .superRefine((fw, ctx) => {
    const seen = new Set<string>();
    for (const area of flattenAreas(fw.areas)) {
      if (seen.has(area.area.id))
        ctx.addIssue({ code: 'custom', message: `Area id "${area.area.id}" is used twice`, path: ['areas'] });
      seen.add(area.area.id);
    }
    checkSupersedes(fw, seen, ctx);
    checkRules(fw, ctx);
    if (fw.validTo && fw.validTo < fw.validFrom)
      ctx.addIssue({ code: 'custom', message: 'validTo is before validFrom', path: ['validTo'] });
    if (fw.scale.kind === 'numeric' && fw.scale.levels.some((l) => l.score === undefined))
      ctx.addIssue({ code: 'custom', message: 'Every level of a numeric scale needs a score', path: ['scale'] });
  });
export type Framework = z.infer<typeof FrameworkSchema>;

type RefineContext = z.RefinementCtx;
interface FrameworkShape {
  id: string;
  areas: FrameworkArea[];
  scale: { levels: { id: string }[] };
  supersedes?: Supersedes;
  rules?: LimitingRule[];
}

/** The predecessor's own areas can only be checked against it (frameworkLineage does); these are ours. */
function checkSupersedes(fw: FrameworkShape, areaIds: Set<string>, ctx: RefineContext): void {
  if (!fw.supersedes) return;
  if (fw.supersedes.id === fw.id)
    ctx.addIssue({ code: 'custom', message: 'A framework cannot supersede itself', path: ['supersedes', 'id'] });
  const mapped = new Set<string>();
  fw.supersedes.areas.forEach((entry, i) => {
    if (!areaIds.has(entry.area))
      ctx.addIssue({ code: 'custom', message: `"${entry.area}" is not an area of this framework`, path: ['supersedes', 'areas', i, 'area'] });
    if (mapped.has(entry.area))
      ctx.addIssue({ code: 'custom', message: `"${entry.area}" is mapped twice; list all its predecessors in one entry`, path: ['supersedes', 'areas', i, 'area'] });
    mapped.add(entry.area);
  });
}

function checkRules(fw: FrameworkShape, ctx: RefineContext): void {
  const graded = new Set(flattenAreas(fw.areas).filter((a) => a.area.graded).map((a) => a.area.id));
  const grades = new Set(fw.scale.levels.map((l) => l.id));
  (fw.rules ?? []).forEach((rule, i) => {
    const path = ['rules', i];
    for (const [side, area] of [['when', rule.when.area], ['then', rule.then.area]] as const)
      if (!graded.has(area)) ctx.addIssue({ code: 'custom', message: `"${area}" is not a graded area of this framework`, path: [...path, side, 'area'] });
    if (!grades.has(rule.when.gradeAtOrBelow))
      ctx.addIssue({ code: 'custom', message: `"${rule.when.gradeAtOrBelow}" is not a grade of this framework`, path: [...path, 'when', 'gradeAtOrBelow'] });
    if (!grades.has(rule.then.gradeAtBest))
      ctx.addIssue({ code: 'custom', message: `"${rule.then.gradeAtBest}" is not a grade of this framework`, path: [...path, 'then', 'gradeAtBest'] });
    if (rule.when.area === rule.then.area)
      ctx.addIssue({ code: 'custom', message: 'A rule limits one area by another; these are the same area', path: [...path, 'then', 'area'] });
  });
}

/** The three questions every self-evaluation answers (socialcareinspection.blog.gov.uk, 12 November 2018). */
export const SELF_EVALUATION_QUESTIONS: NarrativeSectionDef[] = [
  { id: 'what-we-know', title: 'What do you know about the quality and impact of social work practice in your local authority?' },
  { id: 'how-we-know', title: 'How do you know it?' },
  { id: 'plans', title: 'What are your plans for the next 12 months to maintain or improve practice?' },
];

export interface FlatArea {
  area: FrameworkArea;
  parentId: string | null;
  depth: number;
}

/** Depth-first, in document order. */
export function flattenAreas(areas: FrameworkArea[], parentId: string | null = null, depth = 0): FlatArea[] {
  return areas.flatMap((area) => [
    { area, parentId, depth },
    ...flattenAreas(area.children ?? [], area.id, depth + 1),
  ]);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
  bigint: 'a number',
  date: 'a date',
};

function typeWord(type: string | undefined): string {
  return (type && TYPE_WORDS[type]) ?? type ?? 'something else';
}

/**
 * zod's wording reads like a stack trace; say it plainly. A missing value is "required"; a value of the
 * wrong type says what was expected and what was found, never "required" (zod's message names the type
 * it received, even when the issue does not carry the input).
 */
export function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const received = /received (\w+)/.exec(issue.message)?.[1];
    if (received === 'undefined') return 'This is required';
    return `Expected ${typeWord(issue.expected)}, but found ${typeWord(received)}`;
  }
  if (issue.code === 'invalid_value' && issue.values.length > 1)
    return `Use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'unrecognized_keys')
    return `SEF Studio does not recognise ${issue.keys.map((k) => `"${k}"`).join(', ')}; remove it`;
  return issue.message;
}

/**
 * Turns zod issues into sentences a person can act on: "areas.0.title: This is required".
 * `whole` names the thing itself when a problem has no path ("the file" for an imported file).
 */
export function describeIssues(error: z.ZodError, max = 10, whole = 'the file'): string[] {
  const lines = error.issues.slice(0, max).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : whole;
    return where ? `${where}: ${plainMessage(issue)}` : plainMessage(issue);
  });
  if (error.issues.length > max) lines.push(`…and ${error.issues.length - max} more problems`);
  return lines;
}

/**
 * What the regulator's last look at the service is called: CQC assesses local authorities' adult social
 * care; Ofsted inspects children's services and agencies. "Since the last assessment".
 */
export function lastLookWords(framework: Pick<Framework, 'sector'>): 'the last inspection' | 'the last assessment' {
  return framework.sector === 'adults' ? 'the last assessment' : 'the last inspection';
}
