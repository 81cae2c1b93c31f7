// A step's share page: its preview names the step, and opening it lands on the guide at that
// step, marked, with or without JavaScript; Back then skips the share page.
import { expect, test } from '@playwright/test';

const SHARE_PATH = '/gids/facebook/privacycentrum/';

test('opens the guide at the step and marks it', async ({ page }) => {
  await page.goto(SHARE_PATH);
  await expect(page).toHaveURL(/\/gids\/facebook\/#privacycentrum$/);
  const step = page.locator('li#privacycentrum');
  await expect(step).toBeInViewport();
  expect(await step.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('Back goes to the page before, not to the share page', async ({ page }) => {
  await page.goto('/vragen/');
  const before = await page.evaluate(() => history.length);
  await page.evaluate((path) => {
    location.href = path;
  }, SHARE_PATH);
  await expect(page).toHaveURL(/\/gids\/facebook\/#privacycentrum$/);
  // The share page replaced itself: one new entry (the guide), not two.
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await page.goBack();
  await expect(page).toHaveURL(/\/vragen\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('still lands on the marked step', async ({ page }) => {
    await page.goto(SHARE_PATH);
    await expect(page).toHaveURL(/\/gids\/facebook\/#privacycentrum$/);
    expect(await page.locator('li#privacycentrum').evaluate((el) => el.matches(':target'))).toBe(true);
  });
});

test('shows a link to the step when the page is not sent on', async ({ page, request }) => {
  // Read the page as a browser that ignores refresh would show it.
  const html = await (await request.get(SHARE_PATH)).text();
  await page.setContent(html.replace(/<meta http-equiv="refresh"[^>]*>/, ''));
  const link = page.getByRole('link', { name: /^Ga naar stap 3 in de gids$/ });
  await expect(link).toHaveAttribute('href', '/gids/facebook/#privacycentrum');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Stap 3 van 8: .*Privacycentrum$/);
});

test('the copy button hands out the share URL', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/gids/instagram/');
  const step = page.locator('li#formulier');
  await step.getByRole('button', { name: /^Kopieer link naar stap/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/gids/instagram/formulier/`);
});

test('"Deel deze gids" copies the guide link where there is no share sheet', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: undefined });
  });
  await page.goto('/gids/facebook/#formulier');
  await page.getByRole('button', { name: 'Deel deze gids' }).click();
  await expect(page.locator('share-page [role=status]')).toHaveText('Link gekopieerd');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/gids/facebook/`);
});

test('"Deel deze gids" opens the share sheet on a phone', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    const shared: unknown[] = [];
    Object.defineProperty(window, 'shared', { value: shared });
    Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void shared.push(data) });
  });
  await page.goto('/gids/facebook/');
  await page.getByRole('button', { name: 'Deel deze gids' }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([
    { url: `${baseURL}/gids/facebook/` },
  ]);
});

test('"Deel deze gids" shows the link to copy by hand when the clipboard is blocked', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: undefined });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('blocked')) } });
  });
  await page.goto('/gids/instagram/');
  await page.getByRole('button', { name: 'Deel deze gids' }).click();
  await expect(page.locator('share-page [role=status]')).toContainText('Kopieer de link hieronder');
  await expect(page.getByRole('textbox', { name: 'Link naar deze gids' })).toHaveValue(`${baseURL}/gids/instagram/`);
});
