// Reading past inspections: each with its grades and its recommendations in order, in three queries
// however many inspections there are.
import type { InspectionType, RecommendationKind, RecommendationStatus } from '../../shared/domain';
import type { Inspection, InspectionGrade, Recommendation } from '../../shared/entities';
import type { ReadQueries, SqlValue } from '../db/port';
import { notFound } from '../errors';
import { groupBy, mustGet } from '../records';

interface InspectionDbRow {
  id: string;
  type: string;
  title: string;
  start_date: string;
  end_date: string | null;
  published_date: string | null;
  framework_id: string | null;
  report_reference: string;
  summary: string;
  created_at: string;
  updated_at: string;
}

interface GradeDbRow {
  inspection_id: string;
  area_key: string;
  area_title: string;
  grade: string;
}

interface RecommendationDbRow {
  id: string;
  inspection_id: string;
  reference: string;
  kind: string;
  text: string;
  area_key: string | null;
  status: string;
  progress: string;
  sort_order: number;
  updated_at: string;
}

export function rowToRecommendation(row: RecommendationDbRow): Recommendation {
  return {
    id: row.id,
    inspectionId: row.inspection_id,
    reference: row.reference,
    kind: row.kind as RecommendationKind,
    text: row.text,
    areaKey: row.area_key,
    status: row.status as RecommendationStatus,
    progress: row.progress,
    updatedAt: row.updated_at,
  };
}

function rowToGrade(row: GradeDbRow): InspectionGrade {
  return { areaKey: row.area_key, areaTitle: row.area_title, grade: row.grade };
}

function rowToInspection(
  row: InspectionDbRow,
  grades: InspectionGrade[],
  recommendations: Recommendation[],
): Inspection {
  return {
    id: row.id,
    type: row.type as InspectionType,
    title: row.title,
    startDate: row.start_date,
    endDate: row.end_date,
    publishedDate: row.published_date,
    frameworkId: row.framework_id,
    reportReference: row.report_reference,
    summary: row.summary,
    grades,
    recommendations,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** All inspections newest first, or one. Grades keep the order they were stored in (framework order). */
export async function inspectionsWhere(q: ReadQueries, where: { inspectionId?: string } = {}): Promise<Inspection[]> {
  const params: SqlValue[] = where.inspectionId ? [where.inspectionId] : [];
  const only = (column: string) => (where.inspectionId ? `WHERE ${column} = ?` : '');
  const rows = await q.all<InspectionDbRow>(
    `SELECT * FROM inspections ${only('id')} ORDER BY start_date DESC, created_at DESC`,
    params,
  );
  if (!rows.length) return [];
  const grades = await q.all<GradeDbRow>(
    `SELECT * FROM inspection_grades ${only('inspection_id')} ORDER BY inspection_id, rowid`,
    params,
  );
  const recommendations = await q.all<RecommendationDbRow>(
    `SELECT * FROM recommendations ${only('inspection_id')} ORDER BY inspection_id, sort_order`,
    params,
  );
  const gradesOf = groupBy(grades, (g) => g.inspection_id, rowToGrade);
  const recommendationsOf = groupBy(recommendations, (r) => r.inspection_id, rowToRecommendation);
  return rows.map((row) => rowToInspection(row, gradesOf.get(row.id) ?? [], recommendationsOf.get(row.id) ?? []));
}

export async function inspectionById(q: ReadQueries, inspectionId: string): Promise<Inspection> {
  const [inspection] = await inspectionsWhere(q, { inspectionId });
  if (!inspection) throw notFound('That inspection');
  return inspection;
}

export async function recommendationById(q: ReadQueries, recommendationId: string): Promise<Recommendation> {
  const row = await mustGet<RecommendationDbRow>(
    q,
    'SELECT * FROM recommendations WHERE id = ?',
    [recommendationId],
    'That recommendation',
  );
  return rowToRecommendation(row);
}
