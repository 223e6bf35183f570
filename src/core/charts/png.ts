// The same chart the interface draws, as a PNG for Word: the shared SVG tree written out as text and drawn
// by resvg (Rust, no browser), at twice its size so it stays sharp when printed. The font is Arial where
// the system has it (Windows, macOS) and Liberation Sans (the same widths) or DejaVu Sans on Linux, read
// from its own files: resvg would otherwise load every font on the system for every chart, a quarter of
// the time a chart takes.
import { existsSync } from 'node:fs';
import { win32 } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { svgToString, type SvgElement } from '../../shared/charts/svg';

export interface ChartImage {
  png: Buffer;
  /** Pixels of the image drawn; the document shows it at half (width and height of the chart). */
  pixelWidth: number;
  pixelHeight: number;
}

/** Regular and bold files of each family the charts can be drawn in, where each system keeps them. */
export function chartFontCandidates(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): { family: string; files: string[] }[] {
  if (platform === 'win32') {
    const fonts = win32.join(env.WINDIR ?? 'C:\\Windows', 'Fonts');
    return [{ family: 'Arial', files: [win32.join(fonts, 'arial.ttf'), win32.join(fonts, 'arialbd.ttf')] }];
  }
  if (platform === 'darwin')
    return [
      { family: 'Arial', files: ['/System/Library/Fonts/Supplemental/Arial.ttf', '/System/Library/Fonts/Supplemental/Arial Bold.ttf'] },
      { family: 'Arial', files: ['/Library/Fonts/Arial.ttf', '/Library/Fonts/Arial Bold.ttf'] },
    ];
  return [
    { family: 'Liberation Sans', files: ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'] },
    { family: 'DejaVu Sans', files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'] },
  ];
}

let fonts: ResvgRenderOptions['font'] | undefined;

/** The first family whose files are all there; the system's fonts, as before, when none is. */
export function chartFonts(platform: NodeJS.Platform = process.platform, env = process.env): NonNullable<ResvgRenderOptions['font']> {
  const found = chartFontCandidates(platform, env).find((c) => c.files.every((f) => existsSync(f)));
  return found ? { loadSystemFonts: false, fontFiles: found.files, defaultFontFamily: found.family } : { loadSystemFonts: true, defaultFontFamily: 'Arial' };
}

export function chartPng(svg: SvgElement, scale = 2): ChartImage {
  const text = svgToString(svg);
  const width = Number(svg.attrs.width);
  fonts ??= chartFonts();
  const resvg = new Resvg(text, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    font: fonts,
    background: '#FFFFFF',
  });
  const image = resvg.render();
  return { png: Buffer.from(image.asPng()), pixelWidth: image.width, pixelHeight: image.height };
}
