// The same chart the interface draws, as a PNG for Word: the shared SVG tree written out as text and drawn
// by resvg (Rust, no browser), at twice its size so it stays sharp when printed. Fonts are the system's:
// Arial on Windows and macOS, Liberation Sans or DejaVu Sans on Linux.
import { Resvg } from '@resvg/resvg-js';
import { svgToString, type SvgElement } from '../../shared/charts/svg';

export interface ChartImage {
  png: Buffer;
  /** Pixels of the image drawn; the document shows it at half (width and height of the chart). */
  pixelWidth: number;
  pixelHeight: number;
}

export function chartPng(svg: SvgElement, scale = 2): ChartImage {
  const text = svgToString(svg);
  const width = Number(svg.attrs.width);
  const resvg = new Resvg(text, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    font: { loadSystemFonts: true, defaultFontFamily: 'Arial' },
    background: '#FFFFFF',
  });
  const image = resvg.render();
  return { png: Buffer.from(image.asPng()), pixelWidth: image.width, pixelHeight: image.height };
}
