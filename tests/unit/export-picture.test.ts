// The export's picture run stands in for docx's ImageRun (which hashes the picture in JavaScript, slowly):
// a document with it must be the document ImageRun writes, to the byte but for the drawings' ids, which
// count up across documents, and one file for a picture shown twice.
import { describe, expect, it } from 'vitest';
import { Document, ImageRun, Paragraph, type ParagraphChild } from 'docx';
import { pictureRun } from '../../src/core/export/image';
import { documentFiles } from '../../src/core/export/pack';
import { TINY_PNG } from './export-fixture';

const decoder = new TextDecoder();

function filesOf(children: ParagraphChild[]): Map<string, string> {
  const document = new Document({ sections: [{ children: children.map((child) => new Paragraph({ children: [child] })) }] });
  const files = new Map<string, string>();
  for (const [path, data] of documentFiles(document))
    files.set(path, path.startsWith('word/media/') ? Buffer.from(data).toString('base64') : decoder.decode(data));
  // Each drawing's id comes from a counter docx shares between documents.
  const xml = files.get('word/document.xml')!;
  let n = 0;
  const ids = new Map<string, number>();
  files.set('word/document.xml', xml.replace(/<wp:docPr id="(\d+)"/g, (_, id: string) => `<wp:docPr id="${ids.get(id) ?? (ids.set(id, ++n), n)}"`));
  files.delete('docProps/core.xml');
  return files;
}

describe('the picture run', () => {
  it('writes what docx’s ImageRun writes: the same drawing, relationship and media file, once for a picture shown twice', () => {
    const picture = { type: 'png', data: TINY_PNG, width: 120.4, height: 60 } as const;
    const alt = { name: 'Chart: Re-referrals', description: 'Re-referrals fell from 24% to 19%.' };
    const imageRun = () => new ImageRun({ ...picture, transformation: picture, altText: { ...alt, title: alt.name } });
    const ours = filesOf([pictureRun({ ...picture, ...alt }), pictureRun({ ...picture, ...alt })]);
    const theirs = filesOf([imageRun(), imageRun()]);
    expect([...ours.keys()].filter((p) => p.startsWith('word/media/'))).toEqual(['word/media/image1.png']);
    expect(ours.get('word/document.xml')).toContain('descr="Re-referrals fell from 24% to 19%."');
    expect(ours).toEqual(theirs);
  });
});
