// The printable helper sheet: one A4 page, tick boxes for the guide's steps, and a QR code that
// opens the guide (or the plan).
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const SHEETS = [
  { path: '/gids/facebook/hulpkaart/', opens: '/gids/facebook/', guide: '/gids/facebook/' },
  { path: '/gids/instagram/hulpkaart/', opens: '/gids/instagram/', guide: '/gids/instagram/' },
  {
    path: '/mijn-plan/hulpkaart/',
    opens: '/mijn-plan/?apps=facebook,instagram&gekoppeld=weet-ik-niet',
    guide: '/mijn-plan/',
  },
];

/** The site's public address, as the page itself states it in its canonical link. */
async function siteOrigin(page: Page): Promise<string> {
  return new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
}

/** Pages in a PDF: one `/Type /Page` object per page (`/Type /Pages` is the tree, not a page). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

for (const sheet of SHEETS) {
  test.describe(sheet.path, () => {
    test('has a QR code that decodes to the page it is for', async ({ page }) => {
      await page.goto(sheet.path);
      const shot = await page.locator('.sheet-qr-code svg').filter({ visible: true }).screenshot();
      const png = PNG.sync.read(shot);
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(code?.data).toBe(`${await siteOrigin(page)}${sheet.opens}`);
    });

    test('prints on one A4 page', async ({ page }) => {
      await page.goto(sheet.path);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdfPageCount(pdf)).toBe(1);
      await expect(page.locator('.site-header')).toBeHidden();
    });

    test('lists the steps with empty tick boxes, room for notes and a date', async ({ page }) => {
      await page.goto(sheet.path);
      const lines = page.locator('.sheet-steps li').filter({ visible: true });
      expect(await lines.count()).toBeGreaterThanOrEqual(8);
      expect(await page.locator('.sheet-steps li .sheet-tick').filter({ visible: true }).count()).toBe(
        await lines.count(),
      );
      await expect(page.getByRole('heading', { name: 'Notities' })).toBeVisible();
      await expect(page.locator('.sheet-updated time').filter({ visible: true })).toHaveAttribute(
        'datetime',
        /^\d{4}-\d{2}-\d{2}$/,
      );
    });
  });
}

test('the sheet holds the same steps as its guide', async ({ page }) => {
  await page.goto('/gids/facebook/');
  const guideSteps = await page
    .locator('ol.steps .step-title')
    .evaluateAll((titles) => titles.map((title) => title.lastElementChild?.textContent?.trim()));
  await page.goto('/gids/facebook/hulpkaart/');
  const sheetSteps = await page.locator('.sheet-steps li > span:last-child').allTextContents();
  expect(sheetSteps).toEqual(guideSteps);
});

test('a guide links to its sheet as "Print of help iemand anders"', async ({ page }) => {
  await page.goto('/gids/instagram/');
  await page.getByRole('link', { name: 'Print of help iemand anders' }).click();
  await expect(page).toHaveURL(/\/gids\/instagram\/hulpkaart\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bezwaar maken op Instagram');
});

test('the plan links to its sheet', async ({ page }) => {
  await page.goto('/mijn-plan/');
  await page.getByRole('link', { name: 'Print of help iemand anders' }).click();
  await expect(page).toHaveURL(/\/mijn-plan\/hulpkaart\/$/);
});

test('looks right on paper', async ({ page }) => {
  await page.goto('/mijn-plan/hulpkaart/');
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: test.info().outputPath('plan-sheet-print.png'), fullPage: true });
  await page.goto('/gids/facebook/hulpkaart/');
  await page.pdf({ path: test.info().outputPath('facebook-sheet.pdf'), format: 'A4', preferCSSPageSize: true });
});
