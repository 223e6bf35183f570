// The action plan from a spreadsheet, into one pack: a row whose reference is already in the plan changes
// that action (only the columns the sheet has), any other row adds one, numbered after the plan's own
// references unless the sheet gives it a reference of its own. An exported plan re-imports unchanged.
import { ACTION_STATUS_LABELS, RAG_LABELS, RAG_SHORT_LABELS, type ActionStatus, type Rag } from '../../../shared/domain';
import { formatShortDate } from '../../../shared/dates';
import { ACTION_FIELDS, actionReferences } from '../../actions/changes';
import { columnsOf, patchRecord, updatedStamp } from '../../change';
import { newId } from '../../context';
import type { ReadQueries } from '../../db/port';
import { AppError } from '../../errors';
import { assertPackEditable } from '../../guards';
import { areasOfPack, packById } from '../../packs/rows';
import { insertRow, nextReference } from '../../records';
import { isBlank, readChoice, readDate, readText, shown, wordKey } from '../cells';
import { moveVersionsOn, readReferenceAndTitle, referenceKey, type PlannedRecord, type SheetImporter } from '../importer';
import type { RowProblem } from '../../../shared/sheets';

export interface ActionRecord {
  reference: string | null;
  title: string;
  /** undefined: the sheet has no column for it, so an existing action keeps its value. */
  areaId?: string | null;
  owner?: string;
  dueDate?: string | null;
  status?: ActionStatus;
  rag?: Rag;
}

interface ExistingAction {
  id: string;
  reference: string;
  title: string;
  owner: string;
  dueDate: string | null;
  status: ActionStatus;
  rag: Rag;
  areaId: string | null;
  recommendationId: string | null;
}

interface ActionsContext {
  packId: string;
  areas: { id: string; title: string; areaKey: string }[];
  byReference: Map<string, ExistingAction>;
}

export const STATUS_WORDS: Record<ActionStatus, string[]> = {
  not_started: [ACTION_STATUS_LABELS.not_started, 'not yet started', 'to do', 'planned'],
  in_progress: [ACTION_STATUS_LABELS.in_progress, 'started', 'ongoing', 'underway', 'on track'],
  complete: [ACTION_STATUS_LABELS.complete, 'completed', 'done', 'closed', 'achieved'],
  paused: [ACTION_STATUS_LABELS.paused, 'on hold', 'deferred'],
};

export const RAG_WORDS: Record<Rag, string[]> = {
  red: [RAG_SHORT_LABELS.red, RAG_LABELS.red, 'R', 'off track'],
  amber: [RAG_SHORT_LABELS.amber, RAG_LABELS.amber, 'A', 'yellow', 'at risk'],
  green: [RAG_SHORT_LABELS.green, RAG_LABELS.green, 'G'],
  blue: [RAG_SHORT_LABELS.blue, RAG_LABELS.blue, 'Blue', 'B', 'completed'],
};


/** An area named by its title, its framework id, or a part of its title only one area has. */
function findArea(text: string, areas: ActionsContext['areas']): ActionsContext['areas'][number] | 'ambiguous' | null {
  const key = wordKey(text);
  const exact = areas.find((a) => wordKey(a.title) === key || wordKey(a.areaKey) === key);
  if (exact) return exact;
  const partial = areas.filter((a) => wordKey(a.title).includes(key));
  return partial.length === 1 ? partial[0]! : partial.length > 1 ? 'ambiguous' : null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const actionsImporter: SheetImporter<ActionsContext, ActionRecord> = {
  kind: 'actions',
  needsPack: true,

  async load(q: ReadQueries, packId) {
    const pack = await packById(q, packId!);
    if (pack.status === 'approved')
      throw new AppError('read_only', `"${pack.title}" is approved and read-only, so its action plan cannot be imported into. Reopen it first, or choose another pack.`);
    const areas = (await areasOfPack(q, pack.id)).map((a) => ({ id: a.id, title: a.title, areaKey: a.areaKey }));
    const rows = await q.all<{ id: string; reference: string; title: string; owner: string; due_date: string | null; status: string; rag: string; area_id: string | null; recommendation_id: string | null }>(
      'SELECT id, reference, title, owner, due_date, status, rag, area_id, recommendation_id FROM actions WHERE pack_id = ?',
      [pack.id],
    );
    const byReference = new Map(
      rows.map((r) => [
        referenceKey(r.reference),
        { id: r.id, reference: r.reference, title: r.title, owner: r.owner, dueDate: r.due_date, status: r.status as ActionStatus, rag: r.rag as Rag, areaId: r.area_id, recommendationId: r.recommendation_id },
      ]),
    );
    return { packId: pack.id, areas, byReference };
  },

  readRow(input, ctx, env) {
    const problems: RowProblem[] = [];
    const problem = (fieldId: string, message: string) => problems.push({ row: input.row, column: input.heading(fieldId), message });
    const { reference, title, keys } = readReferenceAndTitle(input, problem, { referenceMax: 20, titleWhat: 'action', noTitle: 'the action has no title. Give every action a title, or delete the row.' });
    const record: ActionRecord = { reference, title };
    const area = input.cell('area');
    if (area) {
      if (isBlank(area)) record.areaId = null;
      else {
        const found = findArea(shown(area), ctx.areas);
        if (found && found !== 'ambiguous') record.areaId = found.id;
        else
          problem(
            'area',
            found === 'ambiguous'
              ? `'${shown(area)}' could be more than one area of this pack. Give the area's full title.`
              : `'${shown(area)}' is not an area of this pack. Use an area's title, such as "${ctx.areas[0]?.title ?? ''}", or leave the cell empty.`,
          );
      }
    }
    const owner = input.cell('owner');
    if (owner) {
      const read = readText(owner, 200, 'owner');
      if (read.ok) record.owner = read.value;
      else problem('owner', read.message);
    }
    const due = input.cell('dueDate');
    if (due) {
      const read = readDate(due, env.date1904);
      if (read.ok) record.dueDate = read.value;
      else problem('dueDate', read.message);
    }
    const status = input.cell('status');
    if (status) {
      const read = readChoice(status, STATUS_WORDS, 'a status');
      if (!read.ok) problem('status', read.message);
      else if (read.value) record.status = read.value;
    }
    const rag = input.cell('rag');
    if (rag) {
      const read = readChoice(rag, RAG_WORDS, 'a RAG rating');
      if (!read.ok) problem('rag', read.message);
      else if (read.value) record.rag = read.value;
    }
    return { record: problems.length ? null : record, problems, keys };
  },

  plan(rows, ctx) {
    return rows.map(({ row, record }): PlannedRecord<ActionRecord> => {
      const existing = record.reference ? ctx.byReference.get(referenceKey(record.reference)) : undefined;
      if (!existing) return { row, record, outcome: 'create' };
      const changed = (Object.keys(record) as (keyof ActionRecord)[]).some((k) => k !== 'reference' && record[k] !== undefined && !same(record[k], existing[k as keyof ExistingAction]));
      return { row, record, outcome: changed ? 'update' : 'unchanged' };
    });
  },

  repeated(reference, first) {
    return `this row has the same reference, ${reference}, as row ${first}. Give each action its own reference, or delete one of the rows.`;
  },

  show(record, ctx) {
    const area = record.areaId === undefined ? undefined : (ctx.areas.find((a) => a.id === record.areaId)?.title ?? '');
    return {
      reference: record.reference ?? '(new)',
      title: record.title,
      ...(area !== undefined ? { area } : {}),
      ...(record.owner !== undefined ? { owner: record.owner } : {}),
      ...(record.dueDate !== undefined ? { dueDate: formatShortDate(record.dueDate) } : {}),
      ...(record.status ? { status: ACTION_STATUS_LABELS[record.status] } : {}),
      ...(record.rag ? { rag: RAG_SHORT_LABELS[record.rag] } : {}),
    };
  },

  async apply(c, planned, ctx, source) {
    await assertPackEditable(c.tx, ctx.packId);
    // Rows that name their reference go first, so a reference the sheet gives is never handed to a row
    // that leaves it to SEF Studio.
    const ordered = [...planned.filter((p) => p.record.reference), ...planned.filter((p) => !p.record.reference)];
    const updated: string[] = [];
    for (const { record, outcome } of ordered) {
      const { reference, ...fields } = record;
      if (outcome === 'unchanged') continue;
      if (outcome === 'update') {
        const current = ctx.byReference.get(referenceKey(reference!))!;
        await patchRecord(
          c,
          { table: 'actions', id: current.id, fields: ACTION_FIELDS, entity: 'action', packId: ctx.packId, stamp: updatedStamp(c) },
          current,
          fields,
        );
        updated.push(current.id);
        continue;
      }
      const id = newId();
      const values = { status: 'not_started' as ActionStatus, rag: 'green' as Rag, owner: '', dueDate: null, areaId: null, ...fields };
      const ref = reference ?? (await nextReference(c.tx, actionReferences(ctx.packId)));
      await insertRow(c.tx, 'actions', { id, pack_id: ctx.packId, reference: ref, ...columnsOf(ACTION_FIELDS, values), created_at: c.at, ...updatedStamp(c) });
      await c.record({ entity: 'action', entityId: id, action: `Added action from ${source}`, packId: ctx.packId, after: { reference: ref, ...values } });
    }
    await moveVersionsOn(c, 'actions', updated);
  },
};
