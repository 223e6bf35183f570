// sef sheet export DB --what actions|evidence|indicators --out FILE.xlsx [--pack ID]
// sef sheet import FILE.xlsx|FILE.csv --what actions|evidence|indicators --into DB [--pack ID]
// The action plan, the evidence register and the indicator figures in and out of Excel, as the app does it:
// an import is all or nothing, and a refused one prints every bad row with its number and what to do.
import type { Command } from '../command';

// The kinds of sheet as help shows them, written out so that help loads no schema code; sheet-run.ts
// checks --what against SHEET_KINDS itself (src/shared/sheets.ts), and a test checks the two agree.
export const SHEET_KINDS_IN_HELP = ['actions', 'evidence', 'indicators'] as const;
const WHAT_WORDS = SHEET_KINDS_IN_HELP.join('|');

export const sheetCommand: Command = {
  name: 'sheet',
  summary: 'Export the action plan, evidence register or indicator figures to Excel, or import them from Excel or CSV',
  usage: `export DB --what ${WHAT_WORDS} --out FILE.xlsx [--pack ID] [--force] | import FILE.xlsx|FILE.csv --what ${WHAT_WORDS} --into DB [--pack ID] [--worksheet NAME] [--source TEXT] [--extracted DATE]`,
  description:
    '"sef sheet export" reads DB (read-only) and writes a workbook with a real heading row, frozen headings, filters, ' +
    'dates as dates and RAG ratings as a word and a colour; --pack chooses the pack (for the action plan, the newest ' +
    'pack if not given; for the others, the date freshness and the latest figures are judged at). "sef sheet import" ' +
    'reads an Excel workbook or CSV file, matches its columns by their headings (as the app last matched them), and ' +
    'imports every row or none: if any row has a problem, each is printed with its row number and what to do, ' +
    'nothing is written and the exit status is 1. Rows whose reference is already there change that action or ' +
    'evidence item. Indicator figures need a source and an extraction date: from columns, or from --source and ' +
    '--extracted for every row.',
  positionals: [
    { name: 'export|import', description: 'What to do' },
    { name: 'FILE', description: 'For export, the database to read; for import, the spreadsheet to read' },
  ],
  options: {
    what: { type: 'string', short: 'w', value: 'WHAT', description: SHEET_KINDS_IN_HELP.join(', '), required: true },
    out: { type: 'string', short: 'o', value: 'FILE.xlsx', description: 'Export: where to write the workbook' },
    into: { type: 'string', value: 'DB', description: 'Import: the database to import into' },
    pack: { type: 'string', short: 'p', value: 'ID', description: 'The pack (see "sef check" or the app for ids)' },
    worksheet: { type: 'string', value: 'NAME', description: 'Import: the worksheet to read (the first that fits if not given)' },
    source: { type: 'string', value: 'TEXT', description: 'Import of figures: the source for rows that give none' },
    extracted: { type: 'string', value: 'DATE', description: 'Import of figures: the extraction date for rows that give none' },
    force: { type: 'boolean', short: 'f', description: 'Export: replace FILE.xlsx if it already exists' },
  },
  examples: [
    'sef sheet export demo.sqlite --what actions --out action-plan.xlsx',
    'sef sheet import action-plan.xlsx --what actions --into demo.sqlite',
    'sef sheet import register.csv --what evidence --into pack.sqlite',
    'sef sheet import q2-figures.xlsx --what indicators --into pack.sqlite --source "LAIT, November 2026" --extracted 14/11/2026',
  ],
  async run(input, io) {
    const { runSheet } = await import('./sheet-run');
    return runSheet(input, io);
  },
};
