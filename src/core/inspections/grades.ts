// An inspection's grades, one per framework area. Each is stored with the area's title as the framework
// named it, so the record reads the same even if the framework file later changes or is removed.
import type { InspectionGrade } from '../../shared/entities';
import { flattenAreas, type Framework } from '../../shared/framework';
import type { Queryable, ReadQueries } from '../db/port';
import { AppError } from '../errors';
import { findFramework } from '../frameworks/lookup';

export interface GradeInput {
  areaKey: string;
  grade: string;
}

/** "help-and-protection" as "Help and protection", for areas no known framework names. */
export function readableAreaKey(areaKey: string): string {
  const words = areaKey.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : areaKey;
}

/** Inspections may cite frameworks this copy of SEF Studio does not have; that is not an error. */
async function frameworkIfKnown(q: ReadQueries, frameworkId: string | null): Promise<Framework | null> {
  if (!frameworkId) return null;
  try {
    return await findFramework(q, frameworkId);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  }
}

export function assertEachAreaOnce(grades: GradeInput[]): void {
  const seen = new Set<string>();
  for (const { areaKey } of grades) {
    if (seen.has(areaKey))
      throw new AppError('invalid_input', `The area "${areaKey}" is graded twice. Give each area one grade.`, {
        grades: 'Give each area one grade',
      });
    seen.add(areaKey);
  }
}

/** Grades with their areas' titles, in the framework's order; areas it does not know keep theirs, after. */
export async function titledGrades(
  q: ReadQueries,
  frameworkId: string | null,
  grades: GradeInput[],
): Promise<InspectionGrade[]> {
  const areas = flattenAreas((await frameworkIfKnown(q, frameworkId))?.areas ?? []).map((f) => f.area);
  const position = (key: string) => {
    const i = areas.findIndex((a) => a.id === key);
    return i < 0 ? areas.length : i;
  };
  return grades
    .map((g) => ({ ...g, areaTitle: areas.find((a) => a.id === g.areaKey)?.title ?? readableAreaKey(g.areaKey) }))
    .sort((a, b) => position(a.areaKey) - position(b.areaKey));
}

/** Grades are replaced as a set; they are listed in the order they are written here. */
export async function replaceGrades(tx: Queryable, inspectionId: string, grades: InspectionGrade[]): Promise<void> {
  await tx.run('DELETE FROM inspection_grades WHERE inspection_id = ?', [inspectionId]);
  for (const g of grades)
    await tx.run('INSERT INTO inspection_grades (inspection_id, area_key, area_title, grade) VALUES (?, ?, ?, ?)', [
      inspectionId,
      g.areaKey,
      g.areaTitle,
      g.grade,
    ]);
}

/** Grades in a form that compares equal whatever order they were given in, for the history. */
export function comparableGrades(grades: GradeInput[]): GradeInput[] {
  return grades
    .map(({ areaKey, grade }) => ({ areaKey, grade }))
    .sort((a, b) => (a.areaKey < b.areaKey ? -1 : a.areaKey > b.areaKey ? 1 : 0));
}
