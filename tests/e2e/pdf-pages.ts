// Reads a PDF that Chromium printed: per page, its lines of text from top to bottom and how far
// down the page the text reaches. Used to check how a guide breaks across A4 pages.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfLine {
  /** Distance from the top of the page, in PDF points. */
  top: number;
  text: string;
}

export interface PdfPage {
  lines: PdfLine[];
  /** How far down the page the lowest line ends, as a share of the page height (0–1). */
  filled: number;
}

/** Text items on the same baseline (within 2 pt) are one line. */
const SAME_LINE = 2;

export async function pdfPages(pdf: Buffer): Promise<PdfPage[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const height = page.getViewport({ scale: 1 }).height;
    const { items } = await page.getTextContent();
    const parts = items
      .filter((item) => 'str' in item && item.str.trim() !== '')
      .map((item) => {
        const { str, transform } = item as { str: string; transform: number[] };
        return { top: height - transform[5]!, left: transform[4]!, text: str };
      })
      .sort((a, b) => a.top - b.top || a.left - b.left);
    const lines: PdfLine[] = [];
    for (const part of parts) {
      const last = lines.at(-1);
      if (last && Math.abs(last.top - part.top) <= SAME_LINE) last.text += ` ${part.text}`;
      else lines.push({ top: part.top, text: part.text });
    }
    for (const line of lines) line.text = line.text.replace(/\s+/g, ' ').trim();
    pages.push({ lines, filled: lines.length ? lines.at(-1)!.top / height : 0 });
  }
  return pages;
}
