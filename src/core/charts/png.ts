// The same chart the interface draws, as a PNG for Word: the shared SVG tree written out as text and drawn
// by resvg (Rust, no browser), at 1.6 pixels for each pixel Word shows (154 dots to the inch on paper), so it
// stays sharp when printed. The font is Arial where
// the system has it (Windows, macOS) and Liberation Sans (the same widths) or DejaVu Sans on Linux, read
// from its own files: resvg would otherwise load every font on the system for every chart, a quarter of
// the time a chart takes.
import { existsSync } from 'node:fs';
import { win32 } from 'node:path';
import { Resvg, renderAsync, type RenderedImage, type ResvgRenderOptions } from '@resvg/resvg-js';
import { svgToString, type SvgElement } from '../../shared/charts/svg';

export interface ChartImage {
  png: Buffer;
  /** Pixels of the image drawn; the document shows it at the chart's width and height (CHART_SCALE times fewer). */
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

/**
 * Pixels drawn for each pixel the document shows (at 96 to the inch): 154 dots to the inch when printed at
 * that size, above the 150 a printed chart needs to look sharp. At twice (192) the demo's fifteen charts
 * were 7.1 million pixels instead of 4.5, took about a third more CPU to draw and compress (185 ms against
 * 137) and 650 KB instead of 520.
 */
export const CHART_SCALE = 1.6;

/** The fonts the charts are drawn in, found once per process. */
export function chartFontsInUse(): NonNullable<ResvgRenderOptions['font']> {
  return (fonts ??= chartFonts());
}

function renderOptions(svg: SvgElement, scale: number): ResvgRenderOptions {
  return { fitTo: { mode: 'width', value: Math.round(Number(svg.attrs.width) * scale) }, font: chartFontsInUse(), background: '#FFFFFF' };
}

function imageOf(image: RenderedImage): ChartImage {
  return { png: Buffer.from(image.asPng()), pixelWidth: image.width, pixelHeight: image.height };
}

/** The chart drawn now, on this thread. */
export function chartPng(svg: SvgElement, scale = CHART_SCALE, text = svgToString(svg)): ChartImage {
  return imageOf(new Resvg(text, renderOptions(svg, scale)).render());
}

/** The chart drawn on one of Node's worker threads (the same picture as chartPng), so several draw at once. */
export async function chartPngAsync(svg: SvgElement, scale = CHART_SCALE, text = svgToString(svg)): Promise<ChartImage> {
  return imageOf(await renderAsync(text, renderOptions(svg, scale)));
}
