// A guide printed on A4 from Chromium: at most 5 pages for Facebook, no page less than half full
// but the last, no page that ends with a heading, drawings whole, and the guide's own address
// and a QR code on paper. Links within the site print their address.
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { pdfPages, type PdfPage } from './pdf-pages';

const GUIDES = [
  { path: '/gids/facebook/', maxPages: 5 },
  { path: '/gids/instagram/', maxPages: 5 },
];

async function printGuide(page: Page, path: string): Promise<{ pdf: Buffer; pages: PdfPage[]; headings: string[] }> {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  const headings = await page
    .locator('main :is(h1, h2, h3)')
    .evaluateAll((all) => all.map((heading) => (heading as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  return { pdf, pages: await pdfPages(pdf), headings };
}

/** The last heading whose text ends with `line`: a page that ends there ends with a heading. */
function headingEndingWith(headings: string[], line: string): string | undefined {
  const text = line.replace(/^\d+\s+/, '');
  return text.length >= 4 ? headings.find((heading) => heading.endsWith(text)) : undefined;
}

for (const guide of GUIDES) {
  test.describe(`${guide.path} on paper`, () => {
    test(`prints on at most ${guide.maxPages} A4 pages, each at least half full but the last`, async ({ page }) => {
      const { pages } = await printGuide(page, guide.path);
      const report = pages.map((p, i) => `page ${i + 1}: ${Math.round(p.filled * 100)} %`).join(', ');
      test.info().annotations.push({ type: 'pages', description: report });
      expect(pages.length, report).toBeLessThanOrEqual(guide.maxPages);
      for (const [index, printed] of pages.slice(0, -1).entries()) {
        expect(printed.filled, `page ${index + 1} of ${pages.length}: ${report}`).toBeGreaterThanOrEqual(0.5);
      }
    });

    test('no page ends with a heading', async ({ page }) => {
      const { pages, headings } = await printGuide(page, guide.path);
      for (const [index, printed] of pages.slice(0, -1).entries()) {
        const last = printed.lines.at(-1)?.text ?? '';
        expect(headingEndingWith(headings, last), `page ${index + 1} ends with ‘${last}’`).toBeUndefined();
      }
    });

    test('drawings are kept whole, steps may break', async ({ page }) => {
      await page.goto(guide.path);
      await page.emulateMedia({ media: 'print' });
      const drawings = await page
        .locator('.step-illustration')
        .evaluateAll((all) => all.map((el) => getComputedStyle(el).breakInside));
      expect(drawings.length).toBeGreaterThan(3);
      expect(new Set(drawings)).toEqual(new Set(['avoid']));
      const steps = await page
        .locator('li.step')
        .evaluateAll((all) => all.map((el) => getComputedStyle(el).breakInside));
      expect(new Set(steps)).toEqual(new Set(['auto']));
    });

    test('shows its own address and a QR code to it', async ({ page }) => {
      const { pages } = await printGuide(page, guide.path);
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
      const address = canonical.replace(/^https?:\/\//, '').replace(/\/$/, '');
      const firstAndLast = [...pages[0]!.lines, ...pages.at(-1)!.lines].map((line) => line.text).join(' ');
      expect(firstAndLast.replace(/\s+/g, '')).toContain(address.replace(/\s+/g, ''));
      const qr = page.locator('.print-address svg');
      await expect(qr).toBeVisible();
      const png = PNG.sync.read(await qr.screenshot());
      expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(canonical);
    });

    test('links within the site print their address', async ({ page }) => {
      await page.goto(guide.path);
      await page.emulateMedia({ media: 'print' });
      const link = page.locator('main .guide-after a[href^="/"]').first();
      const href = (await link.getAttribute('href'))!;
      const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
      expect(after).toContain(href);
    });
  });
}
