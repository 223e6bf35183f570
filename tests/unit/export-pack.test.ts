// The .docx as the export zips it: the document's own parts deflated as docx's Packer deflates them, and
// pictures (already compressed PNG or JPEG) stored as they are, not deflated a second time.
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import JSZip from 'jszip';
import { buildDocument, buildDocx } from '../../src/core/export/build';
import { documentFiles, zipDocument } from '../../src/core/export/pack';
import { makeSnapshot, TINY_PNG } from './export-fixture';

/** Each entry's compression method as the zip's central directory gives it: 0 stored, 8 deflated. */
function methods(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  let at = view.getUint32(end + 16, true);
  const out = new Map<string, number>();
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    out.set(name, view.getUint16(at + 10, true));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

describe('the zipped document', () => {
  it('stores the pictures as they are and deflates the document’s parts, and reads back whole', async () => {
    const { buffer } = await buildDocx(makeSnapshot(), { edition: 'self_evaluation' }, { pageNumbering: 'estimate' });
    const byName = methods(buffer);
    const media = [...byName.keys()].filter((n) => n.startsWith('word/media/'));
    expect(media.length).toBeGreaterThan(0);
    for (const name of media) expect(byName.get(name), name).toBe(0);
    expect(byName.get('word/document.xml')).toBe(8);
    expect(byName.get('[Content_Types].xml')).toBe(8);
    // The logo comes out byte for byte, and Word's other readers open the file.
    const files = unzipSync(buffer);
    expect(media.some((name) => Buffer.from(files[name]!).equals(TINY_PNG))).toBe(true);
    const zip = await JSZip.loadAsync(buffer);
    expect(await zip.file('word/document.xml')!.async('string')).toContain('<w:body>');
  });

  it('holds every part as docx compiled it, each with the size and CRC its entry gives', async () => {
    const files = documentFiles(buildDocument(makeSnapshot(), { edition: 'self_evaluation' }, { pageNumbering: 'estimate' }).document);
    const zip = await JSZip.loadAsync(zipDocument(files), { checkCRC32: true });
    expect(Object.keys(zip.files).sort()).toEqual([...files.keys()].sort());
    for (const [path, data] of files) expect(Buffer.from(await zip.file(path)!.async('uint8array')).equals(Buffer.from(data)), path).toBe(true);
  });
});
