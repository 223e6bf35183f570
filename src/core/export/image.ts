// The logo on the cover: its pixel size read from the PNG or JPEG header, so it keeps its shape when it
// is scaled to fit the space the cover gives it.
import { AlignmentType, ImageRun, type Paragraph } from 'docx';
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

/** The logo scaled to fit within the box (pixels at 96 to the inch), or null when it cannot be read. */
export function logoParagraph(logo: LogoImage | null, organisation: string, box = { width: 240, height: 96 }): Paragraph | null {
  if (!logo) return null;
  const info = imageInfo(logo.data);
  if (!info) return null;
  const scale = Math.min(box.width / info.width, box.height / info.height);
  const width = Math.max(1, Math.round(info.width * scale));
  const height = Math.max(1, Math.round(info.height * scale));
  const name = sanitiseText(`${organisation} logo`);
  const image = new ImageRun({ type: info.type, data: logo.data, transformation: { width, height }, altText: { name, description: name, title: name } });
  return pictureParagraph(image, height, { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 360 } });
}
