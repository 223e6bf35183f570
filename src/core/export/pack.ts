// The document's files zipped into a .docx. docx's Packer compresses every file, the pictures too; a PNG is
// compressed already, so deflating it again took a fifth of an export with charts and saved nothing: the
// pictures are stored as they are. The XML is deflated by Node's zlib (C, at its default level) instead
// of by fflate's DEFLATE in JavaScript, which Packer uses: a fresh export process runs fflate's deflate
// before it is compiled to machine code, and it took 60 to 100 ms of CPU for the demo's self-evaluation
// against about 15 for zlib. fflate still writes the zip itself, with its documented way to use another
// compressor: a pass-through entry whose process() compresses. docx keeps its compiler private: it is
// reached by name, and the export's read-back tests fail at once if a new docx moves it.
import type { Document } from 'docx';
import { Packer } from 'docx';
import { deflateRawSync } from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';

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

/** A zip entry deflated by zlib. Given each file whole, as one chunk: zlib ends its stream with each call. */
class ZlibDeflated extends ZipPassThrough {
  constructor(filename: string) {
    super(filename);
    this.compression = 8;
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    // zlib's output is a Buffer over an ordinary ArrayBuffer, never a shared one.
    this.ondata(null, deflateRawSync(chunk) as Uint8Array<ArrayBuffer>, final);
  }
}

/** The files as a .docx (a zip), pictures stored and everything else deflated. */
export function zipDocument(files: ReadonlyMap<string, Uint8Array>): Buffer {
  const chunks: Uint8Array[] = [];
  // Every entry is pushed whole and compressed at once, so the zip's parts arrive before end() returns.
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [path, data] of files) {
    const entry = COMPRESSED.test(path) ? new ZipPassThrough(path) : new ZlibDeflated(path);
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}
