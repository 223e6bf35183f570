// Spreadsheets in and out: what can be imported and exported, the fields of each, and the column headings
// SEF Studio recognises for them. Shared, so the import preview names the fields as the core checks them,
// and an exported sheet re-imports with every column matched.
import { z } from 'zod';

export const SHEET_KINDS = ['actions', 'evidence', 'indicators'] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];
export const SHEET_KIND_LABELS: Record<SheetKind, string> = {
  actions: 'Action plan',
  evidence: 'Evidence register',
  indicators: 'Indicator figures',
};

export interface SheetField {
  id: string;
  label: string;
  /** A row without it cannot be imported (for indicators, a row needs a figure in one value column). */
  required: boolean;
  /** Headings that mean this field, compared without case, spaces or punctuation. The label always counts. */
  headings: string[];
  /** One line for the preview: what the column should hold. */
  hint: string;
}

const field = (id: string, label: string, required: boolean, headings: string[], hint: string): SheetField => ({ id, label, required, headings, hint });

export const SHEET_FIELDS: Record<SheetKind, SheetField[]> = {
  actions: [
    field('reference', 'Reference', false, ['ref', 'action ref', 'action reference', 'action no', 'no', 'id'], 'A01, A02…; a row whose reference is in the plan changes that action'),
    field('title', 'Action', true, ['title', 'action title', 'what', 'description', 'improvement action'], 'What will be done'),
    field('area', 'Area', false, ['judgement', 'judgement area', 'area of the framework', 'theme'], "A pack area's title; empty for none"),
    field('owner', 'Owner', false, ['lead', 'lead officer', 'action owner', 'responsible', 'responsible officer', 'who'], 'Who is accountable'),
    field('dueDate', 'Due date', false, ['due', 'deadline', 'target date', 'by when', 'completion date'], 'Day/month/year, such as 31/03/2027'),
    field('status', 'Status', false, ['progress status', 'state'], 'Not started, In progress, Complete or Paused'),
    field('rag', 'RAG', false, ['rag rating', 'rag status', 'red amber green', 'rating'], 'Red, Amber, Green or Complete (Blue)'),
  ],
  evidence: [
    field('reference', 'Reference', false, ['ref', 'evidence ref', 'evidence reference', 'no', 'id'], 'E001, E002…; a row whose reference is in the library changes that item'),
    field('title', 'Title', true, ['evidence', 'evidence title', 'name', 'document'], 'What the evidence is'),
    field('type', 'Type', false, ['evidence type', 'kind', 'category'], 'Case-file audit, Performance data, Feedback…'),
    field('description', 'Description', false, ['summary', 'what it shows', 'details', 'notes'], 'What it shows'),
    field('owner', 'Owner', false, ['lead', 'responsible', 'author'], 'Who keeps it'),
    field('effectiveDate', 'Evidence date', false, ['date', 'dated', 'date of evidence', 'effective date', 'as at'], 'The date it speaks for'),
    field('reviewDue', 'Review due', false, ['review date', 'review by', 'next review', 'refresh by'], 'When it goes out of date'),
    field('source', 'Source', false, ['from', 'system', 'location', 'where held'], 'Where it came from'),
    field('sensitivity', 'Sensitivity', false, ['marking', 'classification', 'protective marking', 'handling'], 'OFFICIAL, OFFICIAL-SENSITIVE or Personal data'),
  ],
  indicators: [
    field('indicator', 'Indicator', true, ['indicator id', 'measure', 'kpi', 'performance indicator', 'pi', 'metric'], "The library's id or title, or your own indicator's"),
    field('period', 'Period', true, ['time period', 'quarter', 'year', 'reporting period', 'as at date'], 'Q2 2026-27, 2025-26, 2025, or a date'),
    field('periodType', 'Period type', false, ['period kind', 'time identifier', 'frequency'], 'Quarter, Financial year, Academic year, Calendar year or As at'),
    field('comparator', 'Comparator', false, ['compared with', 'area', 'geography', 'who', 'la name'], 'Empty for the council; England, Region, Statistical neighbours, or a name'),
    field('value', 'Value', false, ['figure', 'result', 'actual', 'number', 'percentage', 'rate'], 'The figure, with the comparator in its own column'),
    field('council', 'Council', false, ['our council', 'la', 'local authority', 'us', 'ours'], "The council's own figure"),
    field('england', 'England', false, ['national', 'england average', 'national average'], "England's figure"),
    field('region', 'Region', false, ['regional', 'region average', 'regional average'], "The region's figure"),
    field('statisticalNeighbours', 'Statistical neighbours', false, ['stat neighbours', 'statistical neighbour average', 'sn', 'sn average', 'comparator average'], "The statistical neighbours' average"),
    field('source', 'Source', false, ['data source', 'from', 'publication'], 'Where the figure came from'),
    field('extractedOn', 'Extracted on', false, ['extracted', 'extraction date', 'date extracted', 'data as at', 'retrieved'], 'When it was taken from its source'),
    field('note', 'Note', false, ['notes', 'comment', 'comments', 'commentary'], 'Anything a reader should know'),
  ],
};

/** Headings compared without case, spaces or punctuation: "Due date", "due_date" and "DUE-DATE" match. */
export function headingKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Which field a heading means, or null. */
export function fieldForHeading(kind: SheetKind, heading: string): string | null {
  const key = headingKey(heading);
  if (!key) return null;
  for (const f of SHEET_FIELDS[kind]) if (headingKey(f.label) === key || f.headings.some((h) => headingKey(h) === key)) return f.id;
  return null;
}

/** Column (0-based) for each field, or null where no column is used. */
export const SheetMappingSchema = z.record(z.string(), z.number().int().min(0).max(500).nullable());
export type SheetMapping = z.infer<typeof SheetMappingSchema>;

/** One problem with one row, as the preview and the command line show it. */
export const RowProblemSchema = z.object({
  /** The spreadsheet's own row number (the heading row is usually 1), or null for a problem with the whole sheet. */
  row: z.number().int().nullable(),
  /** The column heading it concerns, when it concerns one. */
  column: z.string().nullable(),
  message: z.string(),
});
export type RowProblem = z.infer<typeof RowProblemSchema>;

/** "row 14, Due date: '31/02/2026' is not a date…" */
export function describeProblem(p: RowProblem): string {
  const where = p.row === null ? '' : `row ${p.row}`;
  const column = p.column ? `${where ? ', ' : ''}${p.column}` : '';
  return where || column ? `${where}${column}: ${p.message}` : p.message;
}
