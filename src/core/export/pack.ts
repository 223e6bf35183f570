// The document's files zipped into a .docx. docx's Packer compresses every file, the pictures too; a PNG is
// compressed already, so deflating it again took a fifth of an export with charts and saved nothing. Here
// the XML is compressed as Packer compresses it (fflate's DEFLATE, its default level) and pictures are
// stored as they are. docx keeps its compiler private: it is reached by name, and the export's read-back
// tests fail at once if a new docx moves it.
import type { Document } from 'docx';
import { Packer } from 'docx';
import { zipSync, type ZippableFile } from 'fflate';

interface Compiler {
  compile(file: Document, prettify: undefined, overrides: never[]): Map<string, string | Uint8Array>;
}

/** Files already compressed: stored in the zip as they are. */
const COMPRESSED = /\.(png|jpe?g|gif)$/i;

const encoder = new TextEncoder();

/** The document's files by path, in the order docx writes them. */
export function documentFiles(document: Document): Map<string, Uint8Array> {
  const compiler = (Packer as unknown as { compiler: Compiler }).compiler;
  const files = new Map<string, Uint8Array>();
  for (const [path, data] of compiler.compile(document, undefined, []))
    files.set(path, typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return files;
}

/** The files as a .docx (a zip), pictures stored and everything else deflated. */
export function zipDocument(files: ReadonlyMap<string, Uint8Array>): Buffer {
  const entries: Record<string, ZippableFile> = {};
  for (const [path, data] of files) entries[path] = COMPRESSED.test(path) ? [data, { level: 0 }] : data;
  const zipped = zipSync(entries);
  return Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength);
}
