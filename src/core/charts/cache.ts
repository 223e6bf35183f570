// Each chart drawn once per process, however many documents show it. A picture is kept under a SHA-256 of
// exactly what decides its pixels: the SVG text (every line, point, figure, label and colour it shows,
// its period and source), the pixel scale, the fonts and the renderer's version. A document is true as at
// its own date, so a kept picture must never stand for other data: a chart of other figures, another
// period or another council is other SVG text, so another key, and is drawn afresh. Kept in memory only,
// newest use last, up to a size; nothing is written anywhere.
import { createHash } from 'node:crypto';
import { svgToString, type SvgElement } from '../../shared/charts/svg';
import { CHART_SCALE, chartFontsInUse, chartPng, chartPngAsync, type ChartImage } from './png';

/** The renderer and its version: a new resvg may draw the same SVG differently. Tested against the installed one. */
export const CHART_RENDERER = 'resvg-js 2.6.2';

/** The key of a drawing: what it shows, how large, in which fonts, by which renderer. */
export function chartKey(svgText: string, scale: number): string {
  const fonts = chartFontsInUse();
  return createHash('sha256')
    .update(JSON.stringify([CHART_RENDERER, scale, fonts.defaultFontFamily ?? '', fonts.fontFiles ?? [], !!fonts.loadSystemFonts]))
    .update('\n')
    .update(svgText)
    .digest('hex');
}

/** Pictures by key, the least recently used given up first once their bytes pass the limit. */
export class ChartCache {
  private readonly images = new Map<string, ChartImage>();
  private bytes = 0;

  constructor(private readonly limitBytes: number) {}

  get(key: string): ChartImage | undefined {
    const image = this.images.get(key);
    if (image) {
      this.images.delete(key);
      this.images.set(key, image);
    }
    return image;
  }

  set(key: string, image: ChartImage): void {
    const old = this.images.get(key);
    if (old) this.bytes -= old.png.length;
    this.images.delete(key);
    this.images.set(key, image);
    this.bytes += image.png.length;
    for (const [oldest, kept] of this.images) {
      if (this.bytes <= this.limitBytes || oldest === key) break;
      this.images.delete(oldest);
      this.bytes -= kept.png.length;
    }
  }

  get size(): number {
    return this.images.size;
  }
}

/** About 16 MB: the demo's fifteen charts take half a megabyte. */
const charts = new ChartCache(16 * 1024 * 1024);

/** The chart's picture: the kept one for exactly this drawing, or drawn now and kept. */
export function drawnChart(svg: SvgElement, scale = CHART_SCALE, cache = charts): ChartImage {
  const text = svgToString(svg);
  const key = chartKey(text, scale);
  let image = cache.get(key);
  if (!image) cache.set(key, (image = chartPng(svg, scale, text)));
  return image;
}

/**
 * Draws the charts not yet kept, several at once on Node's worker threads, and keeps them, so a document
 * laid out afterwards finds every picture it shows ready. Drawing one the document then leaves out
 * wastes time but changes nothing in it.
 */
export async function drawCharts(svgs: readonly SvgElement[], scale = CHART_SCALE, cache = charts): Promise<void> {
  const wanted = new Map<string, { svg: SvgElement; text: string }>();
  for (const svg of svgs) {
    const text = svgToString(svg);
    const key = chartKey(text, scale);
    if (!cache.get(key)) wanted.set(key, { svg, text });
  }
  const drawn = await Promise.all([...wanted].map(async ([key, { svg, text }]) => [key, await chartPngAsync(svg, scale, text)] as const));
  for (const [key, image] of drawn) cache.set(key, image);
}
