// A step opened from a shared link says where the reader is ("Stap 4 van 8 · Bezwaar maken op
// Facebook") on the first screen of a small phone, and offers a way back to step 1. Steps that
// follow Meta's apps carry a link to report a step that no longer matches the app.
import { expect, test, type Page } from '@playwright/test';

/** A small phone: 360 px wide; the line must show within the first 780 px. */
const SCREEN = { width: 360, height: 780 };
test.use({ viewport: SCREEN });

/**
 * What the place line of the step with `id` should say, read from the guide page itself; steps
 * in Meta's apps add where their route comes from (" · route uit bronnen van …").
 */
async function expectedPlace(page: Page, id: string): Promise<RegExp> {
  const number = await page.locator(`li.step#${id}`).getAttribute('data-step-number');
  const total = await page.locator('ol.steps > li.step').count();
  const guide = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const escaped = `Stap ${number} van ${total} · ${guide}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}(?: · (?:route uit .+ \\d{4}|onze eigen tip, niet uit een bron))?$`);
}

/** The place line is visible, within the first screen, and no other step shows one. */
async function expectPlaceOnFirstScreen(page: Page, id: string) {
  const line = page.locator('.step-place-where').filter({ visible: true });
  await expect(line).toHaveCount(1);
  await expect(line).toHaveText(await expectedPlace(page, id));
  await expect(line).toBeInViewport();
  const box = (await line.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(SCREEN.height);
  await expect(page.locator(`li.step#${id} .step-place-where`)).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('a deep link to a step shows its number, the total and the guide on the first screen', async ({ page }) => {
      await page.goto('/gids/facebook/#bezwaar-te-maken');
      await expectPlaceOnFirstScreen(page, 'bezwaar-te-maken');
      await expect(page.locator('.step-place-where').first()).toContainText(
        /^Stap \d+ van \d+ · Bezwaar maken op Facebook · route uit bronnen van april en mei 2025$/,
      );
    });

    test('the step share page lands on the step and shows the same line', async ({ page }) => {
      await page.goto('/gids/facebook/bezwaar-te-maken/');
      await page.waitForURL('**/gids/facebook/#bezwaar-te-maken');
      await expectPlaceOnFirstScreen(page, 'bezwaar-te-maken');
    });

    test('‘Begin bij stap 1’ goes to the first step, which needs no such link', async ({ page }) => {
      await page.goto('/gids/facebook/#bezwaar-te-maken');
      const step = page.locator('li#bezwaar-te-maken');
      await expect(step.getByText('Nog niet ingelogd?')).toBeVisible();
      await step.getByRole('link', { name: 'Begin bij stap 1' }).click();
      await expect(page).toHaveURL(/\/gids\/facebook\/#inloggen$/);
      await expectPlaceOnFirstScreen(page, 'inloggen');
      await expect(page.locator('li#inloggen').getByRole('link', { name: 'Begin bij stap 1' })).toHaveCount(0);
    });

    test('a link to an old, merged step id shows the line on the step it landed on', async ({ page }) => {
      await page.goto('/gids/menu-ziet-er-anders-uit/#privacybeleid');
      await expectPlaceOnFirstScreen(page, 'zoeken-in-privacycentrum');
    });
  });
}

test('a guide opened without a step link shows no place line', async ({ page }) => {
  await page.goto('/gids/facebook/');
  await expect(page.locator('.step-place-where').filter({ visible: true })).toHaveCount(0);
});

test('guides outside Meta’s apps link back to step 1 without asking about logging in', async ({ page }) => {
  await page.goto('/gids/nepvriend-of-gekaapt-account/#niet-ingaan');
  const step = page.locator('li#niet-ingaan');
  await expect(step.getByRole('link', { name: 'Begin bij stap 1' })).toBeVisible();
  await expect(step.getByText('Nog niet ingelogd?')).toHaveCount(0);
});

test.describe('report a changed step', () => {
  const LINK = 'Klopt dit niet meer? Laat het ons weten';

  test('a step in Meta’s apps opens an e-mail about that step', async ({ page }) => {
    await page.goto('/gids/facebook/#formulier');
    const link = page.locator('li#formulier').getByRole('link', { name: LINK });
    await expect(link).toBeVisible();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^mailto:[^?@]+@[^?]+\?/);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(params.get('subject')).toContain('Bezwaar maken op Facebook');
    expect(params.get('subject')).toMatch(/\/gids\/facebook\/formulier\/$/);
    expect(params.get('body')).toContain('telefoon of een computer');
  });

  test('steps outside Meta’s apps have no such link', async ({ page }) => {
    await page.goto('/gids/nepvriend-of-gekaapt-account/');
    await expect(page.getByRole('link', { name: LINK })).toHaveCount(0);
  });
});
