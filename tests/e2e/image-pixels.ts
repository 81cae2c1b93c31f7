// Reads a screenshot's pixels, so tests can tell a light drawing from a dark one.
import { PNG } from 'pngjs';

/** Relative luminance (0 = black, 1 = white) of an sRGB colour with 0–255 channels. */
export function luminance(r: number, g: number, b: number): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Parses a computed CSS colour such as "rgb(28, 27, 25)" or "rgba(0, 0, 0, 0)". */
export function parseRgb(color: string): { r: number; g: number; b: number; alpha: number } {
  const [r = 0, g = 0, b = 0, alpha = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return { r, g, b, alpha };
}

/** WCAG contrast ratio between two luminances. */
export const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** The median luminance of an image and the share of its pixels far from that median. */
export function pixelStats(png: Buffer): { median: number; drawn: number } {
  const { data, width, height } = PNG.sync.read(png);
  const values: number[] = [];
  for (let i = 0; i < width * height * 4; i += 4) values.push(luminance(data[i]!, data[i + 1]!, data[i + 2]!));
  const median = [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const drawn = values.filter((value) => Math.abs(value - median) > 0.3).length / values.length;
  return { median, drawn };
}
