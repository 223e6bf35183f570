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
  })
  .superRefine((fw, ctx) => {
    const seen = new Set<string>();
    for (const area of flattenAreas(fw.areas)) {
      if (seen.has(area.area.id))
        ctx.addIssue({ code: 'custom', message: `Area id "${area.area.id}" is used twice`, path: ['areas'] });
      seen.add(area.area.id);
    }
    if (fw.validTo && fw.validTo < fw.validFrom)
      ctx.addIssue({ code: 'custom', message: 'validTo is before validFrom', path: ['validTo'] });
    if (fw.scale.kind === 'numeric' && fw.scale.levels.some((l) => l.score === undefined))
      ctx.addIssue({ code: 'custom', message: 'Every level of a numeric scale needs a score', path: ['scale'] });
  });
export type Framework = z.infer<typeof FrameworkSchema>;

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

/** zod's wording for the two commonest slips reads like a stack trace; say them plainly. */
export function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'This is required';
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
