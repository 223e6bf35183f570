// Pictures in the document: a picture run whose file is named by node:crypto, and the logo on the cover,
// its pixel size read from the PNG or JPEG header so it keeps its shape when it is scaled to fit the space
// the cover gives it.
import { createHash } from 'node:crypto';
import { AlignmentType, Drawing, XmlComponent, type IContext, type IMediaData, type IXmlableObject, type Paragraph, type ParagraphChild } from 'docx';
import { sanitiseText } from './sanitise';
import type { LogoImage } from './snapshot';
import { pictureParagraph } from './word';

export interface ImageInfo {
  type: 'png' | 'jpg';
  width: number;
  height: number;
}

export function imageInfo(data: Uint8Array): ImageInfo | null {
  const b = data;
  const u32 = (i: number) => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
  const u16 = (i: number) => (b[i]! << 8) | b[i + 1]!;
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    const width = u32(16);
    const height = u32(20);
    return width && height ? { type: 'png', width, height } : null;
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return null;
      const marker = b[i + 1]!;
      if (marker === 0xff) {
        i += 1;
        continue;
      }
      const length = u16(i + 2);
      // Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) do not.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        const height = u16(i + 5);
        const width = u16(i + 7);
        return width && height ? { type: 'jpg', width, height } : null;
      }
      i += 2 + length;
    }
  }
  return null;
}

export interface Picture {
  type: 'png' | 'jpg';
  data: Uint8Array;
  /** Its size on the page, in pixels at 96 to the inch. */
  width: number;
  height: number;
  /** The name Word shows in its selection pane, and the alternative text. */
  name: string;
  description: string;
}

const EMU_PER_PIXEL = 9525;

/**
 * The run docx's ImageRun writes for a picture in line with the text (the same XML), its media file named
 * by a SHA-1 of its bytes as ImageRun names it. ImageRun works the SHA-1 out in JavaScript, a fifth of the
 * CPU of laying out the demo's self-evaluation with its fifteen charts; node:crypto takes a fraction of a
 * millisecond. Without run properties, which ImageRun leaves empty (and so unwritten) unless given.
 */
class PictureRun extends XmlComponent {
  private readonly media: IMediaData;

  constructor(picture: Picture) {
    super('w:r');
    const { type, data, width, height } = picture;
    const x = Math.round(width);
    const y = Math.round(height);
    this.media = {
      type,
      data,
      fileName: `${createHash('sha1').update(data).digest('hex')}.${type}`,
      transformation: { pixels: { x, y }, emus: { x: Math.round(width * EMU_PER_PIXEL), y: Math.round(height * EMU_PER_PIXEL) } },
    };
    this.root.push(new Drawing(this.media, { docProperties: { name: picture.name, title: picture.name, description: picture.description } }));
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    // Each picture's file once in the package, however many runs show it, as ImageRun adds it.
    context.file.Media.addImage(this.media.fileName, this.media);
    return super.prepForXml(context);
  }
}

/** A picture as a run of a paragraph. */
export function pictureRun(picture: Picture): ParagraphChild {
  return new PictureRun(picture) as unknown as ParagraphChild;
}

/** The logo scaled to fit within the box (pixels at 96 to the inch), or null when it cannot be read. */
export function logoParagraph(logo: LogoImage | null, organisation: string, box = { width: 240, height: 96 }): Paragraph | null {
  if (!logo) return null;
  const info = imageInfo(logo.data);
  if (!info) return null;
  const scale = Math.min(box.width / info.width, box.height / info.height);
  const width = Math.max(1, Math.round(info.width * scale));
  const height = Math.max(1, Math.round(info.height * scale));
  const name = sanitiseText(`${organisation} logo`);
  const image = pictureRun({ type: info.type, data: logo.data, width, height, name, description: name });
  return pictureParagraph(image, height, { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 360 } });
}
