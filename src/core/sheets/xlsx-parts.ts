// ExcelJS's streaming workbook reader, fed the workbook's parts in the order it needs them. Its own
// parse() reads the ZIP in one streaming pass and, on Node 18 and later, intermittently loses entries
// between them (exceljs#3064: its iterate-stream pauses unzipper, which then ends without delivering what
// it had), so a sound workbook was reported as damaged about one read in a few hundred under load. Here
// the archive is opened through its central directory with fflate (the bytes are in memory already),
// and the reader's own part parsers run in dependency order: relationships, workbook, shared strings,
// styles, then each worksheet in the workbook's tab order, row by row as before. The parser methods are
// ExcelJS 4.4's (pinned in package.json); tests/integration/sheets.test.ts reads workbooks through here.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';

/** What the parts of a workbook may come to once unzipped; more is a ZIP bomb, not a register. */
export const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;

export class UnzippedTooLarge extends Error {}

const CHUNK = 64 * 1024;
const WORKSHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;
const NEEDED = new Set(['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml']);

interface Relationship {
  Id: string;
  Target: string;
}

/** The part parsers of ExcelJS's WorkbookReader that its parse() calls, one entry stream each. */
interface ReaderParts {
  workbookRels?: Relationship[];
  model?: { sheets?: { rId: string }[] };
  properties?: { model?: { date1904?: boolean } };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<Buffer>, sheetNo: string): Generator<{ eventType: string; value: unknown }>;
}

function unzipWorkbook(data: Uint8Array): Map<string, Uint8Array> {
  let declared = 0;
  const parts = unzipSync(data, {
    filter: (file) => {
      if (!NEEDED.has(file.name) && !WORKSHEET.test(file.name)) return false;
      declared += file.originalSize;
      if (declared > MAX_UNZIPPED_BYTES) throw new UnzippedTooLarge();
      return true;
    },
  });
  return new Map(Object.entries(parts));
}

/** A part as a stream of 64 KB chunks, as unzipper gave it: the XML parser handles each chunk's events as one batch. */
function streamOf(bytes: Uint8Array): Readable {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Readable.from(
    (function* () {
      for (let at = 0; at < buffer.length; at += CHUNK) yield buffer.subarray(at, at + CHUNK);
    })(),
  );
}

/** Worksheet part numbers in the workbook's tab order, then any the workbook does not list. */
function sheetOrder(reader: ReaderParts, parts: Map<string, Uint8Array>): string[] {
  const present = [...parts.keys()].flatMap((name) => WORKSHEET.exec(name)?.[1] ?? []).sort((a, b) => Number(a) - Number(b));
  const byTarget = new Map((reader.workbookRels ?? []).map((rel) => [rel.Id, WORKSHEET.exec(`xl/${rel.Target.replace(/^\/?xl\//, '')}`)?.[1]]));
  const listed = (reader.model?.sheets ?? []).flatMap((sheet) => byTarget.get(sheet.rId) ?? []).filter((n) => present.includes(n));
  return [...new Set([...listed, ...present])];
}

export interface OpenedWorkbook {
  /** Dates in the 1904 system (old Mac workbooks), as the workbook part says. */
  date1904: boolean;
  /** Each worksheet as ExcelJS's streaming reader gives it (name, state, rows as they are read). */
  worksheets(): AsyncGenerator<ExcelJS.stream.xlsx.WorksheetReader>;
}

/**
 * Reads an .xlsx file's workbook part, shared strings and styles, ready to read its worksheets. Throws
 * what fflate or ExcelJS throw for a file that is not a sound workbook, and UnzippedTooLarge for one that
 * would unzip past MAX_UNZIPPED_BYTES.
 */
export async function openWorkbook(data: Uint8Array, options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>): Promise<OpenedWorkbook> {
  const parts = unzipWorkbook(data);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), options) as unknown as ReaderParts;
  const rels = parts.get('xl/_rels/workbook.xml.rels');
  const workbook = parts.get('xl/workbook.xml');
  if (!rels || !workbook) throw new Error('The workbook has no xl/workbook.xml or its relationships.');
  await reader._parseRels(streamOf(rels));
  await reader._parseWorkbook(streamOf(workbook));
  const sharedStrings = parts.get('xl/sharedStrings.xml');
  // The reader caches shared strings as it reads them; the generator's own events are not needed.
  if (sharedStrings) for await (const _ of reader._parseSharedStrings(streamOf(sharedStrings)));
  const styles = parts.get('xl/styles.xml');
  if (styles) await reader._parseStyles(streamOf(styles));
  return {
    date1904: !!reader.properties?.model?.date1904,
    async *worksheets() {
      for (const sheetNo of sheetOrder(reader, parts)) {
        for (const { eventType, value } of reader._parseWorksheet(streamOf(parts.get(`xl/worksheets/sheet${sheetNo}.xml`)!), sheetNo)) {
          if (eventType === 'worksheet') yield value as ExcelJS.stream.xlsx.WorksheetReader;
        }
      }
    },
  };
}
