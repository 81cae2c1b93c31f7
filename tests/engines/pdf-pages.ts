// Counts the pages of a PDF, also when its page objects sit in compressed object streams
// (Firefox writes them so).
import { inflateSync } from 'node:zlib';

export function pdfPageCount(pdf: Uint8Array): number {
  const buffer = Buffer.from(pdf);
  const text = buffer.toString('latin1');
  const parts = [text];
  for (const match of text.matchAll(/\/Type\s*\/ObjStm[\s\S]*?stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    try {
      parts.push(inflateSync(buffer.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a Flate stream: its objects are not pages we can count.
    }
  }
  return parts.join('\n').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
