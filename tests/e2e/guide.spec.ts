// What a reader does with a guide: open a shared link to one step, copy a step's link,
// and read everything without JavaScript.
import { expect, test } from '@playwright/test';

test.describe('deep link to a step', () => {
  test('scrolls the step into view and marks it', async ({ page }) => {
    await page.goto('/gids/facebook/#privacycentrum');
    const step = page.locator('li#privacycentrum');
    await expect(step).toBeInViewport();
    const box = await step.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    const marked = await step.evaluate((el) => el.matches(':target') && getComputedStyle(el).backgroundColor);
    const plain = await page
      .locator('li.step:not(:target)')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(marked).toBeTruthy();
    expect(marked).not.toBe(plain);
  });

  test('a link to a step that was merged into another lands on that step and marks it', async ({ page }) => {
    await page.goto('/gids/menu-ziet-er-anders-uit/#privacybeleid');
    const step = page.locator('li#zoeken-in-privacycentrum');
    await expect(step).toBeInViewport();
    const marked = await step.evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await page.locator('li#ingelogd-controleren').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(marked).not.toBe(plain);
  });

  test('numbers the steps visibly and gives each a heading', async ({ page }) => {
    await page.goto('/gids/facebook/');
    const steps = page.locator('ol.steps > li');
    const count = await steps.count();
    expect(count).toBeGreaterThan(3);
    for (let index = 0; index < count; index++) {
      await expect(steps.nth(index).locator('.step-number')).toHaveText(String(index + 1));
      await expect(steps.nth(index).getByRole('heading', { level: 2 })).toBeVisible();
    }
  });
});

test.describe('copy link', () => {
  test('puts the share URL of the step on the clipboard and confirms it', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/gids/facebook/');
    const step = page.locator('li#privacycentrum');
    const number = await step.locator('.step-number').textContent();
    await step.getByRole('button', { name: `Kopieer link naar stap ${number}` }).click();
    await expect(step.getByText('Link gekopieerd')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Link gekopieerd' })).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/gids/facebook/privacycentrum/`);
  });

  test('shows the link to copy by hand when the clipboard is not available', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('blocked')) },
      });
    });
    await page.goto('/gids/facebook/');
    const step = page.locator('li#formulier');
    await step.getByRole('button', { name: /^Kopieer link naar stap/ }).click();
    await expect(step).toContainText('Kopieer de link hieronder');
    await expect(page.getByRole('status').filter({ hasText: 'Kopieer de link hieronder' })).toHaveCount(1);
    await expect(step.getByRole('textbox')).toHaveValue(`${baseURL}/gids/facebook/formulier/`);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a guide reads fully, with plain links to each step', async ({ page }) => {
    await page.goto('/gids/facebook/#verzenden');
    await expect(page.locator('li#verzenden')).toBeInViewport();
    const steps = page.locator('ol.steps > li');
    const count = await steps.count();
    for (let index = 0; index < count; index++) {
      const step = steps.nth(index);
      await expect(step.locator('.step-body')).toBeVisible();
      await expect(step.getByRole('link', { name: `Link naar stap ${index + 1}` })).toBeVisible();
      await expect(step.getByRole('button')).toHaveCount(0);
    }
    await expect(page.getByRole('heading', { name: 'Bronnen' })).toBeVisible();
  });

  test('an FAQ answer opens from its link', async ({ page }) => {
    await page.goto('/vragen/');
    const first = page.locator('section.question').first();
    const id = await first.getAttribute('id');
    await page.goto(`/vragen/#${id}`);
    await expect(first.locator('.answer')).toBeVisible();
    await expect(first).toBeInViewport();
  });
});

test('the 404 page says so in Dutch and links home and to the guides', async ({ page }) => {
  const response = await page.goto('/deze-pagina-bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
  await expect(page.getByRole('link', { name: 'Ga naar de startpagina' })).toHaveAttribute('href', '/');
  await expect(
    page
      .locator('main')
      .getByRole('link', { name: /Facebook/ })
      .first(),
  ).toBeVisible();
});

test('print leaves out buttons and navigation', async ({ page }) => {
  await page.goto('/gids/facebook/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.getByRole('button', { name: /^Kopieer link/ }).first()).toBeHidden();
  await expect(page.locator('li#privacycentrum .step-body')).toBeVisible();
});
