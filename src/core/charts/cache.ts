// Each chart drawn once per process, however many documents show it. A picture is kept under a SHA-256 of
// exactly what decides its pixels: the SVG text (every line, point, figure, label and colour it shows,
// its period and source), the pixel scale, the fonts and the renderer's version. A document is true as at
// its own date, so a kept picture must never stand for other data: a chart of other figures, another
// period or another council is other SVG text, so another key, and is drawn afresh. Kept in memory,
// newest use last, up to a size; an export also keeps them in the database (store.ts) and starts from
// those already there, as each export in the app runs in a worker of its own.
import { createHash } from 'node:crypto';
import { svgToString, type SvgElement } from '../../shared/charts/svg';
import { CHART_SCALE, chartFontsInUse, chartPng, chartPngAsync, type ChartImage } from './png';
import type { KeptChart } from './store';

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

// A chart's SVG text and key, worked out once per chart: the export asks for them to find the kept
// pictures, to draw the missing ones and again for each picture it lays out.
const drawings = new WeakMap<SvgElement, Map<number, { text: string; key: string }>>();

function drawingOf(svg: SvgElement, scale: number): { text: string; key: string } {
  let byScale = drawings.get(svg);
  if (!byScale) drawings.set(svg, (byScale = new Map()));
  let drawing = byScale.get(scale);
  if (!drawing) {
    const text = svgToString(svg);
    byScale.set(scale, (drawing = { text, key: chartKey(text, scale) }));
  }
  return drawing;
}

/** The keys of the charts' pictures, to look the kept ones up by. */
export function chartKeys(svgs: readonly SvgElement[], scale = CHART_SCALE): string[] {
  return [...new Set(svgs.map((svg) => drawingOf(svg, scale).key))];
}

/** The chart's picture: the kept one for exactly this drawing, or drawn now and kept. */
export function drawnChart(svg: SvgElement, scale = CHART_SCALE, cache = charts): ChartImage {
  const { text, key } = drawingOf(svg, scale);
  let image = cache.get(key);
  if (!image) cache.set(key, (image = chartPng(svg, scale, text)));
  return image;
}

/**
 * Draws the charts not yet kept, several at once on Node's worker threads, and keeps them, so a document
 * laid out afterwards finds every picture it shows ready. Those kept elsewhere (the database's, `kept`)
 * are taken as they are. Drawing one the document then leaves out wastes time but changes nothing in it.
 * Returns the pictures drawn now, for the database to keep.
 */
export async function drawCharts(
  svgs: readonly SvgElement[],
  kept: readonly KeptChart[] = [],
  scale = CHART_SCALE,
  cache = charts,
): Promise<KeptChart[]> {
  for (const { key, ...image } of kept) if (!cache.get(key)) cache.set(key, { ...image, png: Buffer.from(image.png.buffer, image.png.byteOffset, image.png.byteLength) });
  const wanted = new Map<string, { svg: SvgElement; text: string }>();
  for (const svg of svgs) {
    const { text, key } = drawingOf(svg, scale);
    if (!cache.get(key)) wanted.set(key, { svg, text });
  }
  const drawn = await Promise.all([...wanted].map(async ([key, { svg, text }]) => ({ key, ...(await chartPngAsync(svg, scale, text)) })));
  for (const { key, ...image } of drawn) cache.set(key, image);
  return drawn;
}
