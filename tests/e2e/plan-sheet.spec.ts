// The plan's helper sheet follows the plan: it takes the same answers (?apps=…&gekoppeld=…),
// shows only the reader's apps and case, and its QR code opens that same plan. Without answers,
// or without JavaScript, it is the general sheet and says so.
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const GENERAL = 'Dit is de algemene hulpkaart.';

/** The site's public address, as the page itself states it in its canonical link. */
async function siteOrigin(page: Page): Promise<string> {
  return new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
}

/** What the QR code on the visible sheet opens. */
async function qrTarget(page: Page): Promise<string | undefined> {
  const shot = await page.locator('.sheet-qr-code svg').filter({ visible: true }).screenshot();
  const png = PNG.sync.read(shot);
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

const visibleSteps = (page: Page) => page.locator('.sheet-steps li').filter({ visible: true }).allTextContents();

const CASES = [
  { query: '?apps=facebook', apps: ['Facebook'], not: ['Instagram'] },
  { query: '?apps=instagram', apps: ['Instagram'], not: ['Facebook', 'welke accounts gekoppeld'] },
  { query: '?apps=facebook,instagram&gekoppeld=ja', apps: ['Facebook'], not: ['Log in op Instagram'] },
  { query: '?apps=facebook,instagram&gekoppeld=nee', apps: ['Facebook', 'Instagram'], not: [] },
  {
    query: '?apps=facebook,instagram&gekoppeld=weet-ik-niet',
    apps: ['Facebook', 'Instagram', 'welke accounts gekoppeld'],
    not: [],
  },
];

for (const { query, apps, not } of CASES) {
  test(`${query} shows only that plan, and its QR code opens the same plan`, async ({ page }) => {
    await page.goto(`/mijn-plan/hulpkaart/${query}`);
    const steps = (await visibleSteps(page)).join(' | ');
    for (const app of apps) expect(steps).toContain(app);
    for (const other of not) expect(steps).not.toContain(other);
    expect(await qrTarget(page)).toBe(`${await siteOrigin(page)}/mijn-plan/${query}`);
    await expect(page.getByRole('link', { name: 'Terug naar je plan' })).toHaveAttribute('href', `/mijn-plan/${query}`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length, 'one A4 page').toBe(1);
  });
}

test('answers written differently still find their plan', async ({ page }) => {
  await page.goto('/mijn-plan/hulpkaart/?apps=Instagram&apps=facebook&gekoppeld=NEE');
  expect(await qrTarget(page)).toBe(`${await siteOrigin(page)}/mijn-plan/?apps=facebook,instagram&gekoppeld=nee`);
});

test('without answers it is the general sheet, and says so', async ({ page }) => {
  await page.goto('/mijn-plan/hulpkaart/');
  await expect(page.getByText(GENERAL)).toBeVisible();
  const steps = (await visibleSteps(page)).join(' | ');
  for (const app of ['Facebook', 'Instagram', 'welke accounts gekoppeld']) expect(steps).toContain(app);
});

test('answers it does not know keep the general sheet', async ({ page }) => {
  await page.goto('/mijn-plan/hulpkaart/?apps=tiktok');
  await expect(page.getByText(GENERAL)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the sheet is the general one, and says so', async ({ page }) => {
    await page.goto('/mijn-plan/hulpkaart/?apps=facebook');
    await expect(page.getByText(GENERAL)).toBeVisible();
    await expect(page.locator('.sheet-qr-code svg').filter({ visible: true })).toHaveCount(1);
  });
});

test('the plan page links to the sheet with the reader’s answers', async ({ page }) => {
  await page.goto('/mijn-plan/?apps=facebook&gekoppeld=nee');
  await page.getByRole('link', { name: 'Print of help iemand anders' }).click();
  await expect(page).toHaveURL(/\/mijn-plan\/hulpkaart\/\?apps=facebook$/);
  expect((await visibleSteps(page)).join(' | ')).not.toContain('Instagram');
  expect(await qrTarget(page)).toBe(`${await siteOrigin(page)}/mijn-plan/?apps=facebook`);
});
