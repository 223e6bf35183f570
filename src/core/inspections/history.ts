// Grades over time, seen from one pack: every graded inspection of the pack's line of frameworks (ILACS
// 2026 back through ILACS 2023, ILACS 2018, SIF and the 2009 inspections), each grade placed against
// the pack area it continues, and the comparison point: the latest graded inspection before the pack's
// as-at date (or the one chosen for the pack). A focused or monitoring visit gives no grades, so it is
// never the comparison point however recent it is.
import { isGradedInspectionType, type InspectionType } from '../../shared/domain';
import type { ComparisonInspection } from '../../shared/entities';
import type { Framework, GradeScale } from '../../shared/framework';
import { areaLineage, frameworkAncestry, type FrameworkLookup } from '../../shared/lineage';
import { gradeText, levelOf } from '../../shared/rules';
import type { ReadQueries } from '../db/port';
import { groupBy } from '../records';

export interface GradedInspection {
  id: string;
  type: InspectionType;
  title: string;
  startDate: string;
  endDate: string | null;
  publishedDate: string | null;
  frameworkId: string | null;
  grades: Map<string, { grade: string; areaTitle: string }>;
}

/** Every inspection that gave grades, oldest first, with its grades by area key. */
export async function gradedInspections(q: ReadQueries): Promise<GradedInspection[]> {
  const rows = await q.all<{
    id: string;
    type: InspectionType;
    title: string;
    start_date: string;
    end_date: string | null;
    published_date: string | null;
    framework_id: string | null;
  }>(
    `SELECT i.id, i.type, i.title, i.start_date, i.end_date, i.published_date, i.framework_id FROM inspections i
     WHERE EXISTS (SELECT 1 FROM inspection_grades g WHERE g.inspection_id = i.id)
     ORDER BY i.start_date, i.created_at, i.id`,
  );
  const grades = groupBy(
    await q.all<{ inspection_id: string; area_key: string; area_title: string; grade: string }>(
      'SELECT inspection_id, area_key, area_title, grade FROM inspection_grades',
    ),
    (g) => g.inspection_id,
    (g) => [g.area_key, { grade: g.grade, areaTitle: g.area_title }] as const,
  );
  return rows
    .filter((r) => isGradedInspectionType(r.type))
    .map((r) => ({
      id: r.id,
      type: r.type,
      title: r.title,
      startDate: r.start_date,
      endDate: r.end_date,
      publishedDate: r.published_date,
      frameworkId: r.framework_id,
      grades: new Map(grades.get(r.id) ?? []),
    }));
}

/** A grade an earlier inspection gave, read for one area of the pack. */
export interface ComparableGrade {
  grade: string;
  /** In words on the inspection's own scale. */
  text: string;
  scale: GradeScale;
  /** The area the inspection graded, as it named it. */
  areaKey: string;
  areaTitle: string;
}

/** A pack's framework with what is needed to follow its areas back through earlier versions. */
export class PackLens {
  private readonly ancestry: Set<string>;

  constructor(
    readonly framework: Framework,
    private readonly lookup: FrameworkLookup,
  ) {
    this.ancestry = new Set(frameworkAncestry(framework, lookup));
  }

  /** The inspection's own framework, when SEF Studio knows it. */
  frameworkOf(inspection: Pick<GradedInspection, 'frameworkId'>): Framework | undefined {
    return inspection.frameworkId ? this.lookup(inspection.frameworkId) : undefined;
  }

  /**
   * The grade the inspection gave for what this area of the pack continues. An inspection of a framework
   * in the pack's line is read through the mapping; one with no known framework by the area's keys.
   */
  gradeFor(areaKey: string, inspection: GradedInspection): ComparableGrade | null {
    const own = this.frameworkOf(inspection);
    const scale = own?.scale ?? this.framework.scale;
    const path = areaLineage(this.framework, areaKey, this.lookup);
    const candidates = own ? path.filter(([fw]) => fw === own.id) : path;
    for (const [, key] of candidates) {
      const found = inspection.grades.get(key);
      if (found) return { grade: found.grade, text: gradeText(scale, found.grade), scale, areaKey: key, areaTitle: found.areaTitle };
    }
    return null;
  }

  /** Whether the inspection graded this pack's line of frameworks (a CQC assessment is not an ILACS pack's). */
  concerns(inspection: GradedInspection, areaKeys: readonly string[]): boolean {
    const own = this.frameworkOf(inspection);
    if (own) return this.ancestry.has(own.id);
    if (inspection.frameworkId && this.ancestry.has(inspection.frameworkId)) return true;
    return areaKeys.some((key) => this.gradeFor(key, inspection) !== null);
  }
}

/**
 * Whether an inspection's grades were known by a date: its report was published by then, or, with no
 * publication date recorded, it had started before it.
 */
export function gradedBy(inspection: Pick<GradedInspection, 'startDate' | 'publishedDate'>, date: string): boolean {
  return inspection.publishedDate ? inspection.publishedDate <= date : inspection.startDate < date;
}

export function comparisonOf(inspection: GradedInspection, chosen: boolean): ComparisonInspection {
  const { id, type, title, startDate, endDate, publishedDate, frameworkId } = inspection;
  return { id, type, title, startDate, endDate, publishedDate, frameworkId, chosen };
}

/** The pack's graded inspections up to its as-at date, oldest first, and the one it compares with. */
export function historyFor(
  lens: PackLens,
  inspections: readonly GradedInspection[],
  areaKeys: readonly string[],
  asAt: string,
  chosenId: string | null,
): { inspections: GradedInspection[]; comparison: ComparisonInspection | null } {
  const relevant = inspections.filter((i) => lens.concerns(i, areaKeys));
  const chosen = chosenId ? inspections.find((i) => i.id === chosenId) : undefined;
  const known = relevant.filter((i) => gradedBy(i, asAt));
  // `known` is oldest first, so the last is the latest.
  const latest = known.at(-1);
  // "Chosen" only when it differs from what the rule would pick, so a document says so only when it matters.
  const comparison = chosen ? comparisonOf(chosen, chosen.id !== latest?.id) : latest ? comparisonOf(latest, false) : null;
  return { inspections: known, comparison };
}

/** Where a grade sits on its scale from 0 (the worst) to 1 (the best), for charts. */
export function gradeHeight(scale: GradeScale, grade: string): number | null {
  const level = levelOf(scale, grade);
  if (!level || scale.levels.length < 2) return null;
  return 1 - scale.levels.indexOf(level) / (scale.levels.length - 1);
}
