// Turns an audit entry (entity, action, values before and after) into a sentence a director reads
// without help: "Sam Okafor changed the grade of “Children in care” from Requires improvement to Good",
// and the before/after values into readable rows. Pure functions over a book of names, so the screen
// can fill the book in as it learns names and re-render.
import {
  ACTION_STATUS_LABELS, AREA_STATUS_LABELS, EVIDENCE_TYPE_LABELS, FRESHNESS_LABELS, GRADE_POSITION_LABELS, INSPECTION_TYPE_LABELS,
  MARKING_LABELS, PACK_STATUS_LABELS, RAG_LABELS, RECOMMENDATION_KIND_LABELS, RECOMMENDATION_STATUS_LABELS,
  SENSITIVITY_LABELS,
} from '../../../shared/domain';
import { ISO_DATE, formatLongDate } from '../../../shared/dates';
import type { AuditEntry } from '../../../shared/entities';
import type { GradeScale } from '../../../shared/framework';
import { docToPlainText, type RichDoc } from '../../../shared/richtext';
import { formatBytes, listInWords } from '../../components/format';

export type EntityKind =
  | 'pack' | 'area' | 'narrative' | 'evidence' | 'attachment' | 'link' | 'action' | 'note' | 'inspection'
  | 'recommendation' | 'settings' | 'framework' | 'other';

/** Names the history has learned so far. Missing names fall back to what the entry itself holds. */
export interface NameBook {
  packs: Record<string, string>;
  /** Area id to title, and the pack it belongs to. */
  areas: Record<string, { title: string; packId: string }>;
  actions: Record<string, { reference: string; title: string }>;
  evidence: Record<string, { reference: string; title: string } | null>;
  inspections: Record<string, string>;
  recommendations: Record<string, { reference: string; text: string; frameworkId: string | null }>;
  frameworks: Record<string, string>;
  /** Grade scales by pack id and by framework id. */
  packScales: Record<string, GradeScale>;
  frameworkScales: Record<string, GradeScale>;
  /** Framework area key to title, by framework id. */
  areaKeys: Record<string, Record<string, string>>;
}

export function emptyNameBook(): NameBook {
  return {
    packs: {}, areas: {}, actions: {}, evidence: {}, inspections: {}, recommendations: {}, frameworks: {},
    packScales: {}, frameworkScales: {}, areaKeys: {},
  };
}

export function entityKind(entity: string): EntityKind {
  const e = entity.toLowerCase().replace(/[^a-z]/g, '');
  if (e === 'pack' || e === 'packs') return 'pack';
  if (e.startsWith('packarea') || e === 'area' || e === 'areas') return 'area';
  if (e.startsWith('narrative')) return 'narrative';
  if (e.includes('attachment')) return 'attachment';
  if (e.includes('link')) return 'link';
  if (e.startsWith('evidence')) return 'evidence';
  if (e.includes('note')) return 'note';
  if (e.startsWith('action')) return 'action';
  if (e.startsWith('inspection')) return 'inspection';
  if (e.startsWith('recommendation')) return 'recommendation';
  if (e.startsWith('setting') || e === 'logo') return 'settings';
  if (e.startsWith('framework')) return 'framework';
  return 'other';
}

const FIELD_LABELS: Record<string, string> = {
  title: 'title', owner: 'owner', dueDate: 'due date', status: 'status', rag: 'RAG rating', areaId: 'area',
  recommendationId: 'recommendation', grade: 'grade', position: 'position in the grade', strengths: 'strengths',
  areasForDevelopment: 'areas for development', type: 'type', description: 'description', effectiveDate: 'date of the evidence',
  reviewDue: 'review date', source: 'source', sensitivity: 'sensitivity', organisationName: 'organisation name',
  displayName: 'display name', defaultMarking: 'default protective marking', logoSha256: 'logo', logoMediaType: 'logo format',
  note: 'note', text: 'text', reference: 'reference', kind: 'kind', progress: 'progress', startDate: 'start date',
  endDate: 'end date', publishedDate: 'publication date', frameworkId: 'framework', reportReference: 'report reference',
  summary: 'summary', grades: 'grades', period: 'period', asAt: '“as at” date', context: 'context', boardAsks: 'asks of the board',
  reason: 'reason', fileName: 'file', size: 'size', doc: 'text', sectionId: 'section', baselineInspectionId: 'baseline inspection',
  approvedBy: 'approved by', approvedAt: 'approved on', date: 'date', author: 'author', mediaType: 'file type',
  evidenceId: 'evidence item', previousPackId: 'previous pack', frameworkTitle: 'framework', area: 'area',
  freshness: 'freshness', attachmentCount: 'files', attachments: 'files', linkedAreas: 'linked areas', notes: 'progress notes',
  areaKey: 'judgement', reopenReason: 'reason for reopening',
  notCarried: 'items kept, not carried', planSubmittedDate: 'date the action plan was sent', due: 'when it is needed',
  attendees: 'attendees', sent: 'what is sent', packVersion: 'version shared', section: 'part of the kit',
};

/** Keys that say nothing to a reader. */
const HIDDEN_KEYS = new Set([
  'id', 'packId', 'createdAt', 'updatedAt', 'updatedBy', 'version', 'sha256', 'actionId', 'inspectionId', 'overdue', 'dueSoon',
  'logoSha256', 'moveId', 'overdueToday', 'dueSoonToday', 'freshnessToday',
]);

const ACRONYMS = new Set(['RAG']);

export function fieldLabel(key: string): string {
  const known = FIELD_LABELS[key];
  if (known) return known;
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
  const first = s.split(' ')[0] ?? '';
  return ACRONYMS.has(first) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isRichDoc(v: unknown): v is RichDoc {
  return isRecord(v) && v.type === 'doc' && Array.isArray(v.blocks);
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (isRichDoc(v) && docToPlainText(v).trim() === '');
}

interface ValueContext {
  kind: EntityKind;
  entry: AuditEntry;
  book: NameBook;
  /** The framework the entry's grades belong to, when known. */
  frameworkId: string | null;
}

function gradeLabel(grade: string, ctx: ValueContext): string {
  const scales = [
    ctx.entry.packId ? ctx.book.packScales[ctx.entry.packId] : undefined,
    ctx.frameworkId ? ctx.book.frameworkScales[ctx.frameworkId] : undefined,
  ];
  for (const scale of scales) {
    const level = scale?.levels.find((l) => l.id === grade);
    if (level) return level.label;
  }
  return capitalise(grade.replace(/[-_]+/g, ' '));
}

const ENUM_LABELS: Record<string, Record<string, string>> = {
  rag: RAG_LABELS,
  sensitivity: SENSITIVITY_LABELS,
  kind: RECOMMENDATION_KIND_LABELS,
  position: GRADE_POSITION_LABELS,
  defaultMarking: MARKING_LABELS,
  freshness: FRESHNESS_LABELS,
};

function statusLabels(kind: EntityKind): Record<string, string> {
  switch (kind) {
    case 'pack':
      return PACK_STATUS_LABELS;
    case 'area':
      return AREA_STATUS_LABELS;
    case 'recommendation':
      return RECOMMENDATION_STATUS_LABELS;
    default:
      return ACTION_STATUS_LABELS;
  }
}

/** One value in words, or null when it is blank. */
export function formatValue(key: string, value: unknown, ctx: ValueContext): string | null {
  if (isEmpty(value)) return null;
  const { book } = ctx;
  if (typeof value === 'string') {
    if (key === 'grade') return gradeLabel(value, ctx);
    if (key === 'status') return statusLabels(ctx.kind)[value] ?? value;
    if (key === 'type') return (ctx.kind === 'inspection' ? INSPECTION_TYPE_LABELS : EVIDENCE_TYPE_LABELS)[value as never] ?? value;
    const labels = ENUM_LABELS[key];
    if (labels) return labels[value] ?? value;
    if (key === 'areaId') return book.areas[value]?.title ?? 'an area';
    if (key === 'recommendationId') {
      const r = book.recommendations[value];
      return r ? (r.reference || truncate(r.text, 60)) : 'a recommendation';
    }
    if (key === 'evidenceId') {
      const e = book.evidence[value];
      return e ? `${e.reference} “${truncate(e.title, 60)}”` : 'an evidence item';
    }
    if (key === 'frameworkId') return book.frameworks[value] ?? value;
    if (key === 'baselineInspectionId') return book.inspections[value] ?? 'an inspection';
    if (key === 'previousPackId') return book.packs[value] ?? 'an earlier pack';
    if (key === 'areaKey') return (ctx.frameworkId && book.areaKeys[ctx.frameworkId]?.[value]) || value;
    if (key === 'logoSha256') return 'A logo image';
    if (ISO_DATE.test(value)) return formatLongDate(value);
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatLongDate(value);
    return value;
  }
  if (typeof value === 'number') return key === 'size' ? formatBytes(value) : value.toLocaleString('en-GB');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (isRichDoc(value)) return docToPlainText(value);
  if (Array.isArray(value)) {
    if (key === 'grades') {
      return value
        .filter(isRecord)
        .map((g) => {
          const area = String(g.areaTitle ?? (ctx.frameworkId && book.areaKeys[ctx.frameworkId]?.[String(g.areaKey)]) ?? g.areaKey ?? '');
          return `${area}: ${gradeLabel(String(g.grade ?? ''), ctx)}`;
        })
        .join('\n');
    }
    if (key === 'linkedAreas') {
      const titles = value.map((id) => (typeof id === 'string' ? book.areas[id]?.title : undefined));
      return titles.every(Boolean) ? titles.join('\n') : `${value.length} ${value.length === 1 ? 'area' : 'areas'}`;
    }
    if (key === 'notes') {
      return value
        .filter(isRecord)
        .map((n) => `${formatLongDate(String(n.date ?? ''))}${n.author ? `, ${String(n.author)}` : ''}: ${String(n.text ?? '')}`)
        .join('\n');
    }
    return value.map((v) => (typeof v === 'string' ? v : (formatValue('', v, ctx) ?? ''))).join('\n');
  }
  if (isRecord(value)) {
    return Object.entries(value)
      .filter(([k]) => !HIDDEN_KEYS.has(k))
      .map(([k, v]) => `${capitalise(fieldLabel(k))}: ${formatValue(k, v, ctx) ?? 'none'}`)
      .join('\n');
  }
  return String(value);
}

export interface ChangeRow {
  key: string;
  label: string;
  before: string | null;
  after: string | null;
}

/** Rows for the details disclosure: every field that the entry records, with before and after. */
export function changeRows(entry: AuditEntry, book: NameBook): ChangeRow[] {
  const ctx = valueContext(entry, book);
  const { before, after } = entry;
  if (isRecord(before) || isRecord(after)) {
    const b = isRecord(before) && !isRichDoc(before) ? before : {};
    const a = isRecord(after) && !isRichDoc(after) ? after : {};
    if (isRichDoc(before) || isRichDoc(after)) {
      return [{ key: 'doc', label: 'Text', before: formatValue('doc', before, ctx), after: formatValue('doc', after, ctx) }];
    }
    const all = new Set([...Object.keys(b), ...Object.keys(a)]);
    const keys = [...all].filter((k) => !HIDDEN_KEYS.has(k) && !(k === 'areaId' && all.has('area')));
    return keys.map((key) => ({
      key,
      label: capitalise(fieldLabel(key)),
      before: formatValue(key, b[key], ctx),
      after: formatValue(key, a[key], ctx),
    }));
  }
  if (before === null && after === null) return [];
  return [{ key: 'value', label: 'Value', before: formatValue('', before, ctx), after: formatValue('', after, ctx) }];
}

function valueContext(entry: AuditEntry, book: NameBook): ValueContext {
  const kind = entityKind(entry.entity);
  let frameworkId: string | null = null;
  const values = [entry.after, entry.before].filter(isRecord);
  for (const v of values) if (typeof v.frameworkId === 'string') frameworkId = v.frameworkId;
  if (!frameworkId && kind === 'recommendation') frameworkId = book.recommendations[entry.entityId]?.frameworkId ?? null;
  return { kind, entry, book, frameworkId };
}

/** A string field from the entry's own values, after then before: a deleted item's title lives there. */
function ownField(entry: AuditEntry, key: string): string | null {
  for (const v of [entry.after, entry.before]) if (isRecord(v) && typeof v[key] === 'string' && v[key]) return v[key] as string;
  return null;
}

/** What the entry is about, as a phrase: `E042 “Monthly audit”`, `“Children in care”`, or null. */
export function subjectOf(entry: AuditEntry, book: NameBook): string | null {
  const kind = entityKind(entry.entity);
  const id = entry.entityId;
  const quoted = (s: string | null | undefined, max = 70) => (s ? `“${truncate(s, max)}”` : null);
  const withRef = (ref: string | null | undefined, title: string | null | undefined) =>
    ref && title ? `${ref} ${quoted(title, 60)}` : ref || quoted(title, 60);
  switch (kind) {
    case 'pack':
      return quoted(book.packs[id] ?? ownField(entry, 'title'));
    case 'area':
    case 'narrative': {
      const areaId = ownField(entry, 'areaId') ?? id.split(':')[0] ?? id;
      return quoted(book.areas[areaId]?.title ?? book.areas[id]?.title ?? ownField(entry, 'title'));
    }
    case 'evidence': {
      const e = book.evidence[id];
      return withRef(e?.reference ?? ownField(entry, 'reference'), e?.title ?? ownField(entry, 'title'));
    }
    case 'action': {
      const a = book.actions[id];
      return withRef(a?.reference ?? ownField(entry, 'reference'), a?.title ?? ownField(entry, 'title'));
    }
    case 'inspection':
      return quoted(book.inspections[id] ?? ownField(entry, 'title'));
    case 'recommendation': {
      const r = book.recommendations[id];
      const ref = r?.reference ?? ownField(entry, 'reference');
      const text = r?.text ?? ownField(entry, 'text');
      return ref || quoted(text, 60);
    }
    case 'attachment':
      return quoted(ownField(entry, 'fileName'));
    case 'link':
    case 'note': {
      const evidenceId = ownField(entry, 'evidenceId');
      const actionId = ownField(entry, 'actionId');
      if (evidenceId && book.evidence[evidenceId]) return withRef(book.evidence[evidenceId]!.reference, book.evidence[evidenceId]!.title);
      if (actionId && book.actions[actionId]) return withRef(book.actions[actionId]!.reference, book.actions[actionId]!.title);
      return null;
    }
    case 'framework':
      return quoted(book.frameworks[id] ?? ownField(entry, 'title'));
    default:
      return null;
  }
}

/** The longest value that still reads well inside a sentence. */
const SENTENCE_VALUE_MAX = 60;

const ENTITY_NOUNS: Partial<Record<EntityKind, string>> = {
  pack: 'pack',
  evidence: 'evidence',
  action: 'action',
  inspection: 'inspection',
  recommendation: 'recommendation',
  framework: 'framework',
  area: 'area',
};

/** The area an entry names, as a quoted title: links and notes carry it with them. */
function areaOf(entry: AuditEntry, book: NameBook): string | null {
  const title = ownField(entry, 'area') ?? (ownField(entry, 'areaId') && book.areas[ownField(entry, 'areaId')!]?.title);
  return title ? `“${truncate(title, 70)}”` : null;
}

/** "Sam Okafor changed the grade of “Children in care” from Requires improvement to Good". */
export function describeEntry(entry: AuditEntry, book: NameBook): string {
  const actor = entry.actor || 'Someone';
  const subject = subjectOf(entry, book);
  const kind = entityKind(entry.entity);
  const action = entry.action.trim();
  const file = ownField(entry, 'fileName');
  const area = areaOf(entry, book);
  const thing = subject ?? 'an item';

  // The core's own wording for files, links and notes, turned round so the names read naturally.
  if (/^attached file$/i.test(action) && file) return `${actor} attached “${file}” to ${thing}`;
  if (/^removed file$/i.test(action) && file) return `${actor} removed “${file}” from ${thing}`;
  if (/^linked evidence to area$/i.test(action) && area) return `${actor} linked ${thing} to ${area}`;
  if (/^unlinked evidence from area$/i.test(action) && area) return `${actor} unlinked ${thing} from ${area}`;
  if (/^changed evidence note$/i.test(action) && area) return `${actor} changed what ${thing} shows about ${area}`;
  if (/^added progress note$/i.test(action)) return `${actor} added a progress note to ${thing}`;
  const narrative = /^changed narrative "(.*)"$/i.exec(action);
  if (narrative) return `${actor} edited “${truncate(narrative[1] ?? '', 70)}”${subject ? ` in ${subject}` : ''}`;

  const changed = /^changed\s+/i.exec(action);
  if (changed && (isRecord(entry.before) || isRecord(entry.after)) && !isRichDoc(entry.before) && !isRichDoc(entry.after)) {
    const b = isRecord(entry.before) ? entry.before : {};
    const a = isRecord(entry.after) ? entry.after : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !HIDDEN_KEYS.has(k) || k === 'logoSha256');
    const ofSubject = kind === 'settings' || !subject ? '' : ` of ${subject}`;
    // "Changed the board paper: …" reads "changed the board paper: …", not "changed the the board paper".
    const words = lowerFirst(action.slice(changed[0].length)).replace(/^the\s+/, '');
    if (keys.length === 1) {
      const key = keys[0]!;
      const label = words || fieldLabel(key);
      const ctx = valueContext(entry, book);
      const from = formatValue(key, b[key], ctx);
      const to = formatValue(key, a[key], ctx);
      const short = (v: string | null) => v === null || (v.length <= SENTENCE_VALUE_MAX && !v.includes('\n'));
      if (key === 'logoSha256' || !short(from) || !short(to)) return `${actor} changed the ${label}${ofSubject}`;
      if (from === null && to !== null) return `${actor} set the ${label}${ofSubject} to ${to}`;
      if (to === null && from !== null) return `${actor} cleared the ${label}${ofSubject} (it was ${from})`;
      return `${actor} changed the ${label}${ofSubject} from ${from} to ${to}`;
    }
    return `${actor} changed the ${words || listInWords(keys.map(fieldLabel))}${ofSubject}`;
  }

  // "Approved pack" → "approved pack “Annual self-evaluation 2026–27”": the name goes after the noun.
  const sentence = lowerFirst(action);
  const noun = ENTITY_NOUNS[kind];
  if (subject && noun) {
    const at = new RegExp(`\\b${noun}\\b`, 'i').exec(sentence);
    if (at) {
      const end = at.index + at[0].length;
      return `${actor} ${sentence.slice(0, end)} ${subject}${sentence.slice(end)}`;
    }
  }
  return `${actor} ${sentence}${subject ? ` ${subject}` : ''}`;
}
