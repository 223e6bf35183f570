// Import: reads a pack file, checks it completely before touching any database (JSON syntax, format and
// version, every field, hashes against data, references), then writes everything in ONE transaction, so
// a failure part-way leaves the database exactly as it was.
import { plainMessage } from '../../shared/framework';
import type { Database, Queryable, ReadQueries, SqlValue } from '../db/port';
import { insertingEvidenceInBulk } from '../evidence/bulk-insert';
import { insertRows } from '../records';
import { describeFileError } from '../db/open';
import { AppError } from '../errors';
import { frameworkOfPack, importWarnings, meaningProblems, type ProblemPath } from './meaning';
import { PACK_FORMAT, PACK_FORMAT_VERSION, PackFileSchema, type PackFile } from './schema';

/** Line and column (1-based) of a character offset in text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/**
 * Where JSON.parse stopped. V8 gives "at position N" for most errors; for an unexpected token it gives
 * instead up to 10 characters either side of it ("Unexpected token 'x', ..."ab x cd"... is not valid JSON").
 */
function errorOffset(text: string, message: string): number | undefined {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  const token = /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (!token) return undefined;
  const [, char, leadingDots, snippet] = token as unknown as [string, string, string | undefined, string];
  if (leadingDots) {
    const start = text.indexOf(snippet);
    return start < 0 ? undefined : start + 10;
  }
  const index = text.indexOf(char);
  return index < 0 ? undefined : index;
}

/** "Expected ',' or '}' after property value at line 3, column 5", whichever way this V8 words it. */
function describeJsonError(text: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (!text.trim()) return 'the file is empty';
  const lineCol = /\(line (\d+) column (\d+)\)/.exec(message);
  const offset = errorOffset(text, message);
  let detail = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*(in JSON )?at position \d+/, '')
    .replace(/, (\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, '')
    .replace(/^Unexpected token '\n'$/, 'Unexpected line break')
    .trim();
  if (!detail) detail = 'Unexpected text';
  if (lineCol) return `${detail} at line ${lineCol[1]}, column ${lineCol[2]}`;
  if (offset !== undefined) {
    const { line, column } = lineAndColumn(text, offset);
    return `${detail} at line ${line}, column ${column}`;
  }
  if (/end of JSON input/i.test(message)) {
    const { line } = lineAndColumn(text, text.length);
    return `the file ends too early, at line ${line}; it may have been cut short`;
  }
  return detail;
}

/**
 * Parses and checks a pack file's text completely. `name` is how the file is called in messages (its
 * path). Every failure is an AppError whose message says what is wrong and what to do.
 */
export function parsePackFile(text: string, name: string): PackFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (err) {
    throw new AppError(
      'invalid_input',
      `${name} is not valid JSON: ${describeJsonError(body, err)}. Correct the file, or make it again with "sef dump".`,
    );
  }
  const head = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (head.format !== PACK_FORMAT)
    throw new AppError(
      'invalid_input',
      `${name} is not a SEF Studio pack file (it has no "format": "${PACK_FORMAT}"). Choose a file made by "sef dump".`,
    );
  if (typeof head.formatVersion === 'number' && head.formatVersion > PACK_FORMAT_VERSION)
    throw new AppError(
      'database_newer',
      `${name} was made by a newer version of SEF Studio (pack format ${head.formatVersion}; this app reads up to ${PACK_FORMAT_VERSION}). Update SEF Studio to import it.`,
    );
  const parsed = PackFileSchema.safeParse(json);
  const problems = parsed.success
    ? meaningProblems(parsed.data)
    : parsed.error.issues.map((issue) => ({ path: issue.path as ProblemPath, message: plainMessage(issue) }));
  if (!parsed.success || problems.length) throw new AppError('invalid_input', describeProblems(name, problems, json));
  return parsed.data;
}

const SECTION_NAMES: Record<string, string> = {
  packs: 'Pack',
  inspections: 'Inspection',
  evidence: 'Evidence item',
  frameworks: 'Imported framework',
  audit: 'Audit entry',
  kit: 'Inspection-day kit item',
  engagementMeetings: 'Engagement meeting',
  otherBlobs: 'Stored file',
};

/** "Pack 2 (“Children’s services self-evaluation 2025–26”)", named from the file itself where it can be. */
function groupName(json: unknown, section: string, index: number): string {
  const record = (json as Record<string, unknown[] | undefined>)[section]?.[index] as Record<string, unknown> | undefined;
  const name = [record?.title, record?.reference, record?.key, record?.id].find((v) => typeof v === 'string' && v.trim());
  return `${SECTION_NAMES[section] ?? section} ${index + 1}${name ? ` (“${String(name)}”)` : ''}`;
}

/**
 * Every problem, grouped by the record it is in, each with its path in the file: the whole list at once,
 * so a file can be put right in one pass.
 */
export function describeProblems(name: string, problems: { path: ProblemPath; message: string }[], json: unknown): string {
  const groups = new Map<string, string[]>();
  for (const { path, message } of problems) {
    const [section, index] = path;
    const inRecord = typeof section === 'string' && typeof index === 'number';
    const group = inRecord ? groupName(json, section, index) : 'The file';
    const where = path.join('.');
    groups.set(group, [...(groups.get(group) ?? []), `  - ${where ? `${where}: ` : ''}${message}.`]);
  }
  const count = problems.length === 1 ? 'one problem' : `${problems.length} problems`;
  const lines = [...groups].flatMap(([group, items]) => [`${group}:`, ...items]);
  return `${name} cannot be imported (${count}). Nothing was imported; correct the file, or make it again with "sef dump".\n${lines.join('\n')}`;
}


export interface ImportSummary {
  settings: number;
  frameworks: number;
  inspections: number;
  evidence: number;
  attachments: number;
  packs: number;
  areas: number;
  actions: number;
  indicators: number;
  indicatorValues: number;
  audit: number;
  kitItems: number;
  engagementMeetings: number;
  /** What is worth saying but did not stop the import (a draft's self-grades breaking a limiting rule). */
  warnings: string[];
}

const json = (value: unknown) => JSON.stringify(value);

async function count(q: ReadQueries, table: string): Promise<number> {
  return (await q.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;
}

async function assertEmpty(q: ReadQueries, path: string): Promise<void> {
  const held: [number, string, string][] = [
    [await count(q, 'packs'), 'pack', 'packs'],
    [await count(q, 'evidence'), 'evidence item', 'evidence items'],
    [await count(q, 'inspections'), 'inspection', 'inspections'],
    [await count(q, 'frameworks'), 'imported framework', 'imported frameworks'],
  ];
  const parts = held.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  if (parts.length)
    throw new AppError(
      'conflict',
      `${path} already holds ${parts.join(', ')}, so nothing was imported. Import into a new file instead (give a file name that does not exist yet).`,
    );
}

/** Rows for one table, in the order they are written (which is the order they come back out of a dump). */
class TableRows {
  readonly rows: SqlValue[][] = [];
  constructor(
    readonly table: string,
    readonly columns: readonly string[],
    readonly suffix = '',
  ) {}
  add(...values: SqlValue[]): void {
    this.rows.push(values);
  }
  write(tx: Queryable): Promise<void> {
    return insertRows(tx, this.table, this.columns, this.rows, this.suffix);
  }
}

async function writeAll(tx: Queryable, file: PackFile): Promise<ImportSummary> {
  // References are checked when the transaction commits, so rows can go in any order (a pack naming its
  // previous pack, an area naming its parent).
  await tx.exec(tx.dialect.deferForeignKeys);

  const settings = new TableRows('settings', ['key', 'value'], 'ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  for (const [key, value] of Object.entries(file.settings)) settings.add(key, json(value));

  const frameworks = new TableRows('frameworks', ['id', 'json', 'imported_at']);
  for (const f of file.frameworks) frameworks.add(f.id, json(f.framework), f.importedAt);

  // The same content may be attached twice; it is stored once.
  const blobs = new TableRows('blobs', ['sha256', 'size', 'data'], 'ON CONFLICT (sha256) DO NOTHING');
  const blobsSeen = new Set<string>();
  const putBlob = (b: { sha256: string; dataBase64: string }) => {
    if (blobsSeen.has(b.sha256)) return;
    blobsSeen.add(b.sha256);
    const data = Buffer.from(b.dataBase64, 'base64');
    blobs.add(b.sha256, data.length, data);
  };
  for (const b of file.otherBlobs) putBlob(b);

  const inspections = new TableRows('inspections', [
    'id', 'type', 'title', 'start_date', 'end_date', 'published_date', 'framework_id', 'report_reference', 'summary',
    'strengths_json', 'plan_submitted_date', 'created_at', 'updated_at',
  ]);
  const grades = new TableRows('inspection_grades', ['inspection_id', 'area_key', 'area_title', 'grade']);
  const recommendations = new TableRows('recommendations', [
    'id', 'inspection_id', 'reference', 'kind', 'text', 'area_key', 'status', 'progress', 'sort_order', 'updated_at',
  ]);
  for (const i of file.inspections) {
    inspections.add(i.id, i.type, i.title, i.startDate, i.endDate, i.publishedDate, i.frameworkId, i.reportReference,
      i.summary, json(i.strengths), i.planSubmittedDate, i.createdAt, i.updatedAt);
    for (const g of i.grades) grades.add(i.id, g.areaKey, g.areaTitle, g.grade);
    for (const r of i.recommendations)
      recommendations.add(r.id, i.id, r.reference, r.kind, r.text, r.areaKey, r.status, r.progress, r.order, r.updatedAt);
  }

  const evidence = new TableRows('evidence', [
    'id', 'reference', 'title', 'type', 'description', 'owner', 'effective_date', 'review_due', 'source', 'sensitivity',
    'inspection_id', 'created_at', 'updated_at', 'updated_by',
  ]);
  const attachments = new TableRows('attachments', ['id', 'evidence_id', 'file_name', 'media_type', 'size', 'sha256', 'added_at']);
  for (const e of file.evidence) {
    evidence.add(e.id, e.reference, e.title, e.type, e.description, e.owner, e.effectiveDate, e.reviewDue, e.source,
      e.sensitivity, e.inspectionId, e.createdAt, e.updatedAt, e.updatedBy);
    for (const a of e.attachments) {
      putBlob(a);
      attachments.add(a.id, e.id, a.fileName, a.mediaType, a.size, a.sha256, a.addedAt);
    }
  }

  const packs = new TableRows('packs', [
    'id', 'title', 'framework_id', 'framework_json', 'period', 'as_at', 'status', 'approved_by', 'approved_login', 'approved_at',
    'previous_pack_id', 'baseline_inspection_id', 'context_json', 'board_asks_json', 'version', 'created_at', 'updated_at',
    'updated_by',
  ]);
  const areas = new TableRows('pack_areas', [
    'id', 'pack_id', 'area_key', 'parent_id', 'title', 'kind', 'depth', 'sort_order', 'graded', 'grade', 'position',
    'strengths_json', 'development_json', 'status', 'updated_at', 'updated_by',
  ]);
  const narratives = new TableRows('narratives', ['area_id', 'section_id', 'doc_json', 'updated_at', 'updated_by']);
  const links = new TableRows('evidence_links', ['evidence_id', 'area_id', 'note', 'created_at']);
  const actions = new TableRows('actions', [
    'id', 'pack_id', 'reference', 'title', 'owner', 'due_date', 'status', 'rag', 'area_id', 'recommendation_id',
    'created_at', 'updated_at', 'updated_by',
  ]);
  const notes = new TableRows('action_notes', ['id', 'action_id', 'date', 'text', 'author', 'created_at']);
  const assignments = new TableRows('area_assignments', ['area_id', 'author', 'reviewer', 'assigned_at', 'assigned_by']);
  const comments = new TableRows('comments', [
    'id', 'area_id', 'section_id', 'paragraph', 'parent_id', 'text', 'author', 'author_login', 'created_at', 'resolved_at',
    'resolved_by',
  ]);
  const moves = new TableRows('framework_moves', [
    'id', 'pack_id', 'from_framework_id', 'to_framework_id', 'moved_at', 'moved_by', 'outcome_json', 'before_json',
    'undone_at', 'undone_by',
  ]);
  for (const p of file.packs) {
    // Checked before the transaction: the embedded framework, or the built-in one it names.
    packs.add(p.id, p.title, p.frameworkId, json(frameworkOfPack(p)), p.period, p.asAt, p.status, p.approvedBy, p.approvedLogin ?? null, p.approvedAt,
      p.previousPackId, p.baselineInspectionId, json(p.context), json(p.boardAsks), p.version, p.createdAt, p.updatedAt,
      p.updatedBy);
    for (const a of p.areas) {
      areas.add(a.id, p.id, a.areaKey, a.parentId, a.title, a.kind, a.depth, a.order, a.graded ? 1 : 0, a.grade,
        a.position, json(a.strengths), json(a.areasForDevelopment), a.status, a.updatedAt, a.updatedBy);
      for (const n of a.narratives) narratives.add(a.id, n.sectionId, json(n.doc), n.updatedAt, n.updatedBy);
      if (a.assignment)
        assignments.add(a.id, a.assignment.author, a.assignment.reviewer, a.assignment.assignedAt, a.assignment.assignedBy);
      for (const c of a.comments ?? [])
        comments.add(c.id, a.id, c.sectionId, c.paragraph, c.parentId, c.text, c.author, c.authorLogin, c.createdAt,
          c.resolvedAt, c.resolvedBy);
    }
    for (const l of p.links) links.add(l.evidenceId, l.areaId, l.note, l.createdAt);
    for (const a of p.actions) {
      actions.add(a.id, p.id, a.reference, a.title, a.owner, a.dueDate, a.status, a.rag, a.areaId, a.recommendationId,
        a.createdAt, a.updatedAt, a.updatedBy);
      for (const n of a.notes) notes.add(n.id, a.id, n.date, n.text, n.author, n.createdAt);
    }
    for (const m of p.frameworkMoves)
      moves.add(m.id, p.id, m.fromFrameworkId, m.toFrameworkId, m.movedAt, m.movedBy, json(m.outcome), json(m.before), m.undoneAt, m.undoneBy);
  }

  const kit = new TableRows('kit_items', ['key', 'section', 'title', 'due', 'owner', 'status', 'note', 'sort_order', 'updated_at', 'updated_by']);
  for (const k of file.kit) kit.add(k.key, k.section, k.title, k.due, k.owner, k.status, k.note, k.order, k.updatedAt, k.updatedBy);
  const meetings = new TableRows('engagement_meetings', [
    'id', 'meeting_date', 'attendees', 'pack_id', 'pack_version', 'sent_json', 'notes', 'created_at', 'updated_at', 'updated_by',
  ]);
  for (const m of file.engagementMeetings)
    meetings.add(m.id, m.date, m.attendees, m.packId, m.packVersion, json(m.sent), m.notes, m.createdAt, m.updatedAt, m.updatedBy);

  const indicators = new TableRows('indicators', [
    'id', 'origin', 'title', 'short_title', 'definition', 'definition_guidance', 'unit', 'polarity', 'decimals', 'areas_json',
    'source_json', 'created_at', 'updated_at', 'updated_by',
  ]);
  for (const x of file.indicators)
    indicators.add(x.id, x.origin, x.title, x.shortTitle, x.definition, x.definitionIsGuidance ? 1 : 0, x.unit, x.polarity,
      x.decimals, json(x.areas), x.source === null ? null : json(x.source), x.createdAt, x.updatedAt, x.updatedBy);
  const figures = new TableRows('indicator_values', [
    'id', 'indicator_id', 'comparator', 'comparator_name', 'comparator_key', 'period_kind', 'period_start', 'period_end',
    'value', 'source', 'extracted_on', 'note', 'created_at', 'updated_at', 'updated_by',
  ]);
  for (const v of file.indicatorValues)
    figures.add(v.id, v.indicatorId, v.comparator, v.comparatorName, v.comparatorName.toLowerCase(), v.periodKind,
      v.periodStart, v.periodEnd, v.value, v.source, v.extractedOn, v.note, v.createdAt, v.updatedAt, v.updatedBy);

  // The audit trail keeps its numbering when the database has none yet; otherwise it is appended after
  // what is there, in the same order.
  const keepIds = (await count(tx, 'audit_log')) === 0;
  const auditColumns = ['at', 'actor', 'login', 'entity', 'entity_id', 'action', 'pack_id', 'before_json', 'after_json'];
  const audit = new TableRows('audit_log', keepIds ? ['id', ...auditColumns] : auditColumns);
  for (const a of file.audit) {
    const values = [a.at, a.actor, a.login ?? '', a.entity, a.entityId, a.action, a.packId,
      a.before === undefined ? null : json(a.before), a.after === undefined ? null : json(a.after)];
    audit.add(...(keepIds ? [a.id, ...values] : values));
  }

  // Only inserts, so the search index and the kept review dates can be filled once at the end.
  await insertingEvidenceInBulk(tx, async () => {
    for (const table of [settings, frameworks, blobs, inspections, grades, recommendations, evidence, attachments, packs,
      areas, narratives, assignments, comments, links, actions, notes, moves, kit, meetings, indicators, figures, audit])
      await table.write(tx);
  });
  const moveIds = keepIds ? tx.dialect.afterExplicitIds('audit_log', 'id') : null;
  if (moveIds) await tx.exec(moveIds);

  return {
    settings: Object.keys(file.settings).length,
    frameworks: file.frameworks.length,
    inspections: file.inspections.length,
    evidence: file.evidence.length,
    attachments: attachments.rows.length,
    packs: file.packs.length,
    areas: areas.rows.length,
    actions: actions.rows.length,
    indicators: indicators.rows.length,
    indicatorValues: figures.rows.length,
    audit: file.audit.length,
    kitItems: kit.rows.length,
    engagementMeetings: meetings.rows.length,
    warnings: importWarnings(file),
  };
}

/**
 * Writes a checked pack file into a database that holds no packs, evidence, inspections or imported
 * frameworks, all in one transaction: either everything is imported or nothing is.
 */
export async function importPackFile(conn: Database, file: PackFile): Promise<ImportSummary> {
  try {
    return await conn.transaction(async (tx) => {
      await assertEmpty(tx, conn.path);
      return writeAll(tx, file);
    });
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = typeof err === 'object' && err && 'code' in err ? String((err as { code: unknown }).code) : '';
    // Only a rule of the database that the file breaks is the file's fault; anything else is said plainly.
    if (code.startsWith('SQLITE_') && code !== 'SQLITE_CONSTRAINT') throw describeFileError(conn.path, err);
    const message = err instanceof Error ? err.message.replace(/^SQLITE_\w+:\s*/, '') : String(err);
    throw new AppError(
      'invalid_input',
      `The pack file could not be imported (${message}). Nothing was imported; the database is unchanged.`,
    );
  }
}
