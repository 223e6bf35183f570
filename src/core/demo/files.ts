// Small, real attachment files for the demo: CSV scorecards, plain-text summaries, a PNG chart and a
// PDF report, each built by hand so the demo needs no extra packages and every file opens normally.
import { deflateSync } from 'node:zlib';

export type DemoFile =
  | { kind: 'csv'; name: string; rows: (string | number)[][] }
  | { kind: 'txt'; name: string; text: string }
  | { kind: 'png'; name: string; chart: BarChart }
  | { kind: 'pdf'; name: string; title: string; lines: string[] };

export interface BarChart {
  /** Bar heights, drawn left to right. */
  values: number[];
  /** The value at the top of the chart. */
  max: number;
  /** A horizontal reference line, such as a target or the England average. */
  target?: number;
  colour?: string;
}

export function renderFile(file: DemoFile): Buffer {
  switch (file.kind) {
    case 'csv':
      return Buffer.from(csv(file.rows), 'utf8');
    case 'txt':
      return Buffer.from(file.text.endsWith('\n') ? file.text : `${file.text}\n`, 'utf8');
    case 'png':
      return pngBarChart(file.chart);
    case 'pdf':
      return pdfDocument(file.title, file.lines);
  }
}

// ---- CSV (RFC 4180: quoted where needed, CRLF line ends) ----

function csvCell(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csv(rows: (string | number)[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

// ---- PNG: an RGB bar chart with axes and an optional dashed reference line ----

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function rgb(hex: string): [number, number, number] {
  return [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];
}

export function pngBarChart(chart: BarChart, width = 320, height = 160): Buffer {
  const pixels = Buffer.alloc(width * height * 3, 0xff);
  const set = (x: number, y: number, [r, g, b]: [number, number, number]) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const o = (y * width + x) * 3;
    pixels[o] = r;
    pixels[o + 1] = g;
    pixels[o + 2] = b;
  };
  const left = 24;
  const bottom = height - 16;
  const top = 12;
  const axis: [number, number, number] = [0x33, 0x33, 0x33];
  for (let y = top; y <= bottom; y++) set(left, y, axis);
  for (let x = left; x < width - 8; x++) set(x, bottom, axis);
  const plotWidth = width - 8 - left - 8;
  const slot = plotWidth / Math.max(1, chart.values.length);
  const barColour = rgb(chart.colour ?? '#1D5FA8');
  const scale = (v: number) => Math.round(((bottom - top) * Math.min(v, chart.max)) / chart.max);
  chart.values.forEach((v, n) => {
    const x0 = Math.round(left + 8 + n * slot + slot * 0.15);
    const x1 = Math.round(left + 8 + (n + 1) * slot - slot * 0.15);
    for (let x = x0; x < x1; x++) for (let y = bottom - scale(v); y < bottom; y++) set(x, y, barColour);
  });
  if (chart.target !== undefined) {
    const y = bottom - scale(chart.target);
    for (let x = left; x < width - 8; x++) if (Math.floor(x / 6) % 2 === 0) set(x, y, [0xb3, 0x26, 0x1e]);
  }
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0; // filter: none
    pixels.copy(raw, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- PDF: a plain text report in Helvetica, A4, as many pages as it needs ----

/** PDF's standard fonts read WinAnsi; keep to characters every viewer shows, and escape the syntax. */
function pdfText(s: string): string {
  return s
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/[^\x20-\x7E\xA3]/g, '?')
    .replace(/[\\()]/g, (c) => `\\${c}`);
}

function wrap(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out;
}

export function pdfDocument(title: string, lines: string[]): Buffer {
  const body = lines.flatMap((l) => wrap(l, 92));
  const perPage = 52;
  const pages: string[][] = [];
  for (let n = 0; n < Math.max(1, body.length); n += perPage) pages.push(body.slice(n, n + perPage));

  // Objects: 1 catalog, 2 pages, 3 font, 4 bold font, then a page and its content stream per page.
  const objects: string[] = [];
  const pageIds = pages.map((_, n) => 5 + n * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
  pages.forEach((pageLines, n) => {
    const ops = ['BT'];
    let y = 800;
    if (n === 0) {
      ops.push(`/F2 14 Tf 56 ${y} Td (${pdfText(title)}) Tj`);
      y -= 28;
      ops.push(`/F1 10 Tf 0 -28 Td`);
    } else ops.push(`/F1 10 Tf 56 ${y} Td`);
    for (const line of pageLines) ops.push(`(${pdfText(line)}) Tj 0 -14 Td`);
    ops.push('ET');
    ops.push(`BT /F1 8 Tf 56 30 Td (${pdfText(`${title} - page ${n + 1} of ${pages.length}`)}) Tj ET`);
    const stream = ops.join('\n');
    objects[pageIds[n]!] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageIds[n]! + 1} 0 R >>`;
    objects[pageIds[n]! + 1] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });

  let out = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
