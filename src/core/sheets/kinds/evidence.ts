// The evidence register from a spreadsheet, into the library every pack shares: a row whose reference is
// already in the library changes that item (only the columns the sheet has), any other row adds one.
import { EVIDENCE_TYPE_LABELS, SENSITIVITY_LABELS, type EvidenceType, type Sensitivity } from '../../../shared/domain';
import { formatShortDate } from '../../../shared/dates';
import { columnsOf, patchRecord, updatedStamp } from '../../change';
import { newId } from '../../context';
import type { ReadQueries } from '../../db/port';
import { EVIDENCE_FIELDS, EVIDENCE_REFERENCES } from '../../evidence/changes';
import { insertRows, nextReference } from '../../records';
import { readChoice, readDate, readText } from '../cells';
import { moveVersionsOn, readReferenceAndTitle, referenceKey, type PlannedRecord, type SheetImporter } from '../importer';
import type { RowProblem } from '../../../shared/sheets';

export interface EvidenceRecord {
  reference: string | null;
  title: string;
  type?: EvidenceType;
  description?: string;
  owner?: string;
  effectiveDate?: string | null;
  reviewDue?: string | null;
  source?: string;
  sensitivity?: Sensitivity;
}

/** An item as stored; the inspection it comes from is not a column of the sheet, so an update keeps it. */
type Existing = Required<Omit<EvidenceRecord, 'reference'>> & { id: string; reference: string; inspectionId: string | null };

interface EvidenceContext {
  byReference: Map<string, Existing>;
}

const TYPE_WORDS = Object.fromEntries(
  Object.entries(EVIDENCE_TYPE_LABELS).map(([id, label]) => [id, [label, id.replace(/_/g, ' ')]]),
) as Record<EvidenceType, string[]>;
TYPE_WORDS.case_file_audit.push('audit', 'case file audit', 'file audit');
TYPE_WORDS.performance_data.push('data', 'performance', 'kpi', 'scorecard');
TYPE_WORDS.feedback.push('feedback', 'voice of the child', 'survey of children', 'family feedback');
TYPE_WORDS.peer_review.push('peer challenge', 'lga peer challenge');

const SENSITIVITY_WORDS: Record<Sensitivity, string[]> = {
  official: [SENSITIVITY_LABELS.official, 'O', 'public'],
  official_sensitive: [SENSITIVITY_LABELS.official_sensitive, 'official sensitive', 'OS', 'sensitive'],
  personal_data: [SENSITIVITY_LABELS.personal_data, 'personal', 'pd', 'contains personal data'],
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const TEXT_FIELDS: [keyof EvidenceRecord & ('description' | 'owner' | 'source'), number][] = [
  ['description', 20_000],
  ['owner', 200],
  ['source', 200],
];

export const evidenceImporter: SheetImporter<EvidenceContext, EvidenceRecord> = {
  kind: 'evidence',
  needsPack: false,

  async load(q: ReadQueries) {
    const rows = await q.all<{ id: string; reference: string; title: string; type: string; description: string; owner: string; effective_date: string | null; review_due: string | null; source: string; sensitivity: string; inspection_id: string | null }>(
      'SELECT id, reference, title, type, description, owner, effective_date, review_due, source, sensitivity, inspection_id FROM evidence',
    );
    return {
      byReference: new Map(
        rows.map((r) => [
          referenceKey(r.reference),
          {
            id: r.id,
            reference: r.reference,
            title: r.title,
            type: r.type as EvidenceType,
            description: r.description,
            owner: r.owner,
            effectiveDate: r.effective_date,
            reviewDue: r.review_due,
            source: r.source,
            sensitivity: r.sensitivity as Sensitivity,
            inspectionId: r.inspection_id,
          },
        ]),
      ),
    };
  },

  readRow(input, _ctx, env) {
    const problems: RowProblem[] = [];
    const problem = (fieldId: string, message: string) => problems.push({ row: input.row, column: input.heading(fieldId), message });
    const { reference, title, keys } = readReferenceAndTitle(input, problem, { referenceMax: 40, titleWhat: 'title', noTitle: 'the evidence has no title. Give every item a title, or delete the row.' });
    const record: EvidenceRecord = { reference, title };
    const type = input.cell('type');
    if (type) {
      const read = readChoice(type, TYPE_WORDS, 'a type of evidence');
      if (!read.ok) problem('type', read.message);
      else if (read.value) record.type = read.value;
    }
    for (const [fieldId, max] of TEXT_FIELDS) {
      const cell = input.cell(fieldId);
      if (!cell) continue;
      const read = readText(cell, max, fieldId);
      if (read.ok) record[fieldId] = read.value;
      else problem(fieldId, read.message);
    }
    for (const fieldId of ['effectiveDate', 'reviewDue'] as const) {
      const cell = input.cell(fieldId);
      if (!cell) continue;
      const read = readDate(cell, env.date1904);
      if (read.ok) record[fieldId] = read.value;
      else problem(fieldId, read.message);
    }
    const sensitivity = input.cell('sensitivity');
    if (sensitivity) {
      const read = readChoice(sensitivity, SENSITIVITY_WORDS, 'a sensitivity');
      if (!read.ok) problem('sensitivity', read.message);
      else if (read.value) record.sensitivity = read.value;
    }
    return { record: problems.length ? null : record, problems, keys };
  },

  plan(rows, ctx) {
    return rows.map(({ row, record }): PlannedRecord<EvidenceRecord> => {
      const existing = record.reference ? ctx.byReference.get(referenceKey(record.reference)) : undefined;
      if (!existing) return { row, record, outcome: 'create' };
      const changed = (Object.keys(record) as (keyof EvidenceRecord)[]).some((k) => k !== 'reference' && record[k] !== undefined && !same(record[k], existing[k]));
      return { row, record, outcome: changed ? 'update' : 'unchanged' };
    });
  },

  repeated(reference, first) {
    return `this row has the same reference, ${reference}, as row ${first}. Give each item its own reference, or delete one of the rows.`;
  },

  show(record) {
    const out: Record<string, string> = { reference: record.reference ?? '(new)', title: record.title };
    if (record.type) out.type = EVIDENCE_TYPE_LABELS[record.type];
    for (const [k] of TEXT_FIELDS) if (record[k] !== undefined) out[k] = record[k]!;
    if (record.effectiveDate !== undefined) out.effectiveDate = formatShortDate(record.effectiveDate);
    if (record.reviewDue !== undefined) out.reviewDue = formatShortDate(record.reviewDue);
    if (record.sensitivity) out.sensitivity = SENSITIVITY_LABELS[record.sensitivity];
    return out;
  },

  async apply(c, planned, ctx, source) {
    const columns = ['id', 'reference', 'title', 'type', 'description', 'owner', 'effective_date', 'review_due', 'source', 'sensitivity', 'created_at', 'updated_at', 'updated_by'];
    const created: (string | null)[][] = [];
    // Given references first, so a reference the sheet names is never handed to a row that leaves it to SEF Studio.
    const ordered = [...planned.filter((p) => p.record.reference), ...planned.filter((p) => !p.record.reference)];
    let next: number | null = null;
    const updated: string[] = [];
    for (const { record, outcome } of ordered) {
      const { reference, ...fields } = record;
      if (outcome === 'unchanged') continue;
      if (outcome === 'update') {
        const current = ctx.byReference.get(referenceKey(reference!))!;
        await patchRecord(c, { table: 'evidence', id: current.id, fields: EVIDENCE_FIELDS, entity: 'evidence', stamp: updatedStamp(c) }, current, fields);
        updated.push(current.id);
        continue;
      }
      const values = { type: 'other' as EvidenceType, description: '', owner: '', effectiveDate: null, reviewDue: null, source: '', sensitivity: 'official' as Sensitivity, ...fields };
      let ref = reference;
      if (!ref) {
        // Numbered once from the library, then onward in memory: thousands of rows need no query each.
        if (next === null) {
          if (created.length) await insertRows(c.tx, 'evidence', columns, created.splice(0));
          next = Number((await nextReference(c.tx, EVIDENCE_REFERENCES)).slice(EVIDENCE_REFERENCES.prefix.length));
        }
        ref = `${EVIDENCE_REFERENCES.prefix}${String(next++).padStart(EVIDENCE_REFERENCES.width, '0')}`;
      }
      const id = newId();
      const stored = columnsOf(EVIDENCE_FIELDS, values);
      created.push([id, ref, values.title, stored.type as string, stored.description as string, stored.owner as string, values.effectiveDate, values.reviewDue, stored.source as string, stored.sensitivity as string, c.at, c.at, c.actor]);
      await c.record({ entity: 'evidence', entityId: id, action: `Added evidence from ${source}`, after: { reference: ref, ...values } });
    }
    await insertRows(c.tx, 'evidence', columns, created);
    await moveVersionsOn(c, 'evidence', updated);
  },
};
