// No request leaves the site's own origin and no cookie is ever set.
import { expect, test } from '@playwright/test';
import { ALL_PATHS } from './site-pages';

for (const path of ALL_PATHS) {
  test(`${path} stays on its own origin and sets no cookie`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Use the page like a reader: follow a deep link and copy it where there is one.
    const copy = page.getByRole('button', { name: /^Kopieer link/ }).first();
    if (await copy.isVisible()) await copy.click();
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });
}
