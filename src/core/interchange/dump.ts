// Dump: reads every table of a pack database in one read snapshot and returns it as a pack file object.
// Rows come out in a fixed order (by their natural key, or by insertion order where a table has none),
// so dumping the same data twice gives the same JSON, and dump → import → dump round-trips exactly.
import type { Database, ReadQueries } from '../db/port';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import {
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  type PackFile,
  type PackFileAssignment,
  type PackFileAuditEntry,
  type PackFileComment,
  type PackFileEvidence,
  type PackFileIndicator,
  type PackFileIndicatorValue,
  type PackFileInspection,
  type PackFilePack,
} from './schema';

type R = Record<string, unknown>;

const str = (v: unknown) => v as string;
const strOrNull = (v: unknown) => (v === null || v === undefined ? null : (v as string));
const num = (v: unknown) => Number(v);

/** Settings and other JSON columns; a value that is not JSON is kept as the plain string it is. */
function parseJson(text: unknown): unknown {
  try {
    return JSON.parse(String(text));
  } catch {
    return String(text);
  }
}

function groupBy<T extends R>(rows: T[], key: string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = String(row[key]);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

function toBuffer(value: unknown): Buffer {
  return Buffer.isBuffer(value) ? value : Buffer.from(value as Uint8Array);
}

function assignmentOf(row: R | undefined): { assignment?: PackFileAssignment } {
  if (!row) return {};
  return {
    assignment: { author: strOrNull(row.author), reviewer: strOrNull(row.reviewer), assignedAt: str(row.assigned_at), assignedBy: str(row.assigned_by) },
  };
}

function commentsOf(rows: R[] | undefined): { comments?: PackFileComment[] } {
  if (!rows?.length) return {};
  return {
    comments: rows.map((c) => ({
      id: str(c.id),
      sectionId: strOrNull(c.section_id),
      paragraph: c.paragraph === null ? null : num(c.paragraph),
      parentId: strOrNull(c.parent_id),
      text: str(c.text),
      author: str(c.author),
      authorLogin: str(c.author_login),
      createdAt: str(c.created_at),
      resolvedAt: strOrNull(c.resolved_at),
      resolvedBy: strOrNull(c.resolved_by),
    })),
  };
}

async function readAll(q: ReadQueries, exportedAt: string, schemaVersion: number): Promise<PackFile> {
  const all = (sql: string) => q.all<R>(sql);

  const settings: Record<string, unknown> = {};
  for (const row of await all('SELECT key, value FROM settings ORDER BY key'))
    settings[str(row.key)] = parseJson(row.value);

  const frameworks = (await all('SELECT id, json, imported_at FROM frameworks ORDER BY id')).map((row) => ({
    id: str(row.id),
    importedAt: str(row.imported_at),
    framework: JSON.parse(str(row.json)) as PackFile['frameworks'][number]['framework'],
  }));

  const grades = groupBy(await all('SELECT * FROM inspection_grades ORDER BY rowid'), 'inspection_id');
  const recommendations = groupBy(
    await all('SELECT * FROM recommendations ORDER BY inspection_id, sort_order, id'),
    'inspection_id',
  );
  const inspections: PackFileInspection[] = (await all('SELECT * FROM inspections ORDER BY start_date, id')).map(
    (row) => ({
      id: str(row.id),
      type: row.type as PackFileInspection['type'],
      title: str(row.title),
      startDate: str(row.start_date),
      endDate: strOrNull(row.end_date),
      publishedDate: strOrNull(row.published_date),
      frameworkId: strOrNull(row.framework_id),
      reportReference: str(row.report_reference),
      summary: str(row.summary),
      createdAt: str(row.created_at),
      updatedAt: str(row.updated_at),
      grades: (grades.get(str(row.id)) ?? []).map((g) => ({
        areaKey: str(g.area_key),
        areaTitle: str(g.area_title),
        grade: str(g.grade),
      })),
      recommendations: (recommendations.get(str(row.id)) ?? []).map((r) => ({
        id: str(r.id),
        reference: str(r.reference),
        kind: r.kind as PackFileInspection['recommendations'][number]['kind'],
        text: str(r.text),
        areaKey: strOrNull(r.area_key),
        status: r.status as PackFileInspection['recommendations'][number]['status'],
        progress: str(r.progress),
        order: num(r.sort_order),
        updatedAt: str(r.updated_at),
      })),
    }),
  );

  const attachments = groupBy(
    await all(
      `SELECT a.*, b.data FROM attachments a JOIN blobs b ON b.sha256 = a.sha256
       ORDER BY a.evidence_id, a.added_at, a.id`,
    ),
    'evidence_id',
  );
  const evidence: PackFileEvidence[] = (await all('SELECT * FROM evidence ORDER BY reference')).map((row) => ({
    id: str(row.id),
    reference: str(row.reference),
    title: str(row.title),
    type: row.type as PackFileEvidence['type'],
    description: str(row.description),
    owner: str(row.owner),
    effectiveDate: strOrNull(row.effective_date),
    reviewDue: strOrNull(row.review_due),
    source: str(row.source),
    sensitivity: row.sensitivity as PackFileEvidence['sensitivity'],
    createdAt: str(row.created_at),
    updatedAt: str(row.updated_at),
    updatedBy: str(row.updated_by),
    attachments: (attachments.get(str(row.id)) ?? []).map((a) => {
      const data = toBuffer(a.data);
      return {
        id: str(a.id),
        fileName: str(a.file_name),
        mediaType: str(a.media_type),
        addedAt: str(a.added_at),
        sha256: str(a.sha256),
        size: data.length,
        dataBase64: data.toString('base64'),
      };
    }),
  }));

  const otherBlobs = (
    await all('SELECT sha256, data FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM attachments) ORDER BY sha256')
  ).map((row) => {
    const data = toBuffer(row.data);
    return { sha256: str(row.sha256), size: data.length, dataBase64: data.toString('base64') };
  });

  const areas = groupBy(await all('SELECT * FROM pack_areas ORDER BY pack_id, sort_order, id'), 'pack_id');
  const narratives = groupBy(await all('SELECT * FROM narratives ORDER BY rowid'), 'area_id');
  const links = groupBy(
    await all(`SELECT l.*, a.pack_id FROM evidence_links l JOIN pack_areas a ON a.id = l.area_id ORDER BY l.rowid`),
    'pack_id',
  );
  const notes = groupBy(await all('SELECT * FROM action_notes ORDER BY action_id, date, created_at, id'), 'action_id');
  const assignments = groupBy(await all('SELECT * FROM area_assignments ORDER BY area_id'), 'area_id');
  const comments = groupBy(await all('SELECT * FROM comments ORDER BY area_id, created_at, id'), 'area_id');
  const actions = groupBy(await all('SELECT * FROM actions ORDER BY pack_id, reference, created_at, id'), 'pack_id');

  const packs: PackFilePack[] = (await all('SELECT * FROM packs ORDER BY created_at, id')).map((row) => ({
    id: str(row.id),
    title: str(row.title),
    frameworkId: str(row.framework_id),
    framework: JSON.parse(str(row.framework_json)) as PackFilePack['framework'],
    period: str(row.period),
    asAt: str(row.as_at),
    status: row.status as PackFilePack['status'],
    approvedBy: strOrNull(row.approved_by),
    ...(row.approved_login !== null ? { approvedLogin: str(row.approved_login) } : {}),
    approvedAt: strOrNull(row.approved_at),
    previousPackId: strOrNull(row.previous_pack_id),
    baselineInspectionId: strOrNull(row.baseline_inspection_id),
    context: JSON.parse(str(row.context_json)) as PackFilePack['context'],
    boardAsks: JSON.parse(str(row.board_asks_json)) as PackFilePack['boardAsks'],
    version: num(row.version),
    createdAt: str(row.created_at),
    updatedAt: str(row.updated_at),
    updatedBy: str(row.updated_by),
    areas: (areas.get(str(row.id)) ?? []).map((a) => ({
      id: str(a.id),
      areaKey: str(a.area_key),
      parentId: strOrNull(a.parent_id),
      title: str(a.title),
      kind: str(a.kind),
      depth: num(a.depth),
      order: num(a.sort_order),
      graded: num(a.graded) !== 0,
      grade: strOrNull(a.grade),
      position: strOrNull(a.position) as PackFilePack['areas'][number]['position'],
      strengths: JSON.parse(str(a.strengths_json)) as string[],
      areasForDevelopment: JSON.parse(str(a.development_json)) as string[],
      status: a.status as PackFilePack['areas'][number]['status'],
      updatedAt: str(a.updated_at),
      updatedBy: str(a.updated_by),
      narratives: (narratives.get(str(a.id)) ?? []).map((n) => ({
        sectionId: str(n.section_id),
        doc: JSON.parse(str(n.doc_json)) as PackFilePack['areas'][number]['narratives'][number]['doc'],
        updatedAt: str(n.updated_at),
        updatedBy: str(n.updated_by),
      })),
      ...assignmentOf(assignments.get(str(a.id))?.[0]),
      ...commentsOf(comments.get(str(a.id))),
    })),
    links: (links.get(str(row.id)) ?? []).map((l) => ({
      evidenceId: str(l.evidence_id),
      areaId: str(l.area_id),
      note: str(l.note),
      createdAt: str(l.created_at),
    })),
    actions: (actions.get(str(row.id)) ?? []).map((a) => ({
      id: str(a.id),
      reference: str(a.reference),
      title: str(a.title),
      owner: str(a.owner),
      dueDate: strOrNull(a.due_date),
      status: a.status as PackFilePack['actions'][number]['status'],
      rag: a.rag as PackFilePack['actions'][number]['rag'],
      areaId: strOrNull(a.area_id),
      recommendationId: strOrNull(a.recommendation_id),
      createdAt: str(a.created_at),
      updatedAt: str(a.updated_at),
      updatedBy: str(a.updated_by),
      notes: (notes.get(str(a.id)) ?? []).map((n) => ({
        id: str(n.id),
        date: str(n.date),
        text: str(n.text),
        author: str(n.author),
        createdAt: str(n.created_at),
      })),
    })),
  }));

  const indicators: PackFileIndicator[] = (await all('SELECT * FROM indicators ORDER BY id')).map((row) => ({
    id: str(row.id),
    origin: row.origin as PackFileIndicator['origin'],
    title: str(row.title),
    shortTitle: str(row.short_title),
    definition: str(row.definition),
    definitionIsGuidance: num(row.definition_guidance) === 1,
    unit: row.unit as PackFileIndicator['unit'],
    polarity: row.polarity as PackFileIndicator['polarity'],
    decimals: num(row.decimals),
    areas: JSON.parse(str(row.areas_json)) as string[],
    source: row.source_json === null ? null : (JSON.parse(str(row.source_json)) as PackFileIndicator['source']),
    createdAt: str(row.created_at),
    updatedAt: str(row.updated_at),
    updatedBy: str(row.updated_by),
  }));

  const indicatorValues: PackFileIndicatorValue[] = (
    await all('SELECT * FROM indicator_values ORDER BY indicator_id, period_end, period_kind, comparator, comparator_key, id')
  ).map((row) => ({
    id: str(row.id),
    indicatorId: str(row.indicator_id),
    comparator: row.comparator as PackFileIndicatorValue['comparator'],
    comparatorName: str(row.comparator_name),
    periodKind: row.period_kind as PackFileIndicatorValue['periodKind'],
    periodStart: str(row.period_start),
    periodEnd: str(row.period_end),
    value: num(row.value),
    source: str(row.source),
    extractedOn: str(row.extracted_on),
    note: str(row.note),
    createdAt: str(row.created_at),
    updatedAt: str(row.updated_at),
    updatedBy: str(row.updated_by),
  }));

  const audit: PackFileAuditEntry[] = (await all('SELECT * FROM audit_log ORDER BY id')).map((row) => {
    const entry: PackFileAuditEntry = {
      id: num(row.id),
      at: str(row.at),
      actor: str(row.actor),
      ...(row.login ? { login: str(row.login) } : {}),
      entity: str(row.entity),
      entityId: str(row.entity_id),
      action: str(row.action),
      packId: strOrNull(row.pack_id),
    };
    if (row.before_json !== null) entry.before = parseJson(row.before_json);
    if (row.after_json !== null) entry.after = parseJson(row.after_json);
    return entry;
  });

  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    exportedAt,
    schemaVersion: schemaVersion || LATEST_SCHEMA_VERSION,
    settings,
    frameworks,
    inspections,
    evidence,
    packs,
    indicators,
    indicatorValues,
    otherBlobs,
    audit,
  };
}

/** Everything in the database as a pack file object, read as one consistent snapshot. */
export async function dumpDatabase(conn: Database, exportedAt: Date = new Date()): Promise<PackFile> {
  const schemaVersion = await conn.schemaVersion();
  return conn.read((q) => readAll(q, exportedAt.toISOString(), schemaVersion));
}

/** The pack file's text: two-space indentation and a final newline. */
export function packFileText(file: PackFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
