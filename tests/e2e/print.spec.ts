// Printing a guide from a phone or computer in dark mode still gives black on white paper,
// numbered steps without background graphics, whole drawings, and the addresses of links.
import { expect, test, type Locator } from '@playwright/test';
import { contrast, luminance, parseRgb, pixelStats } from './image-pixels';

/** The luminance of an element's text colour and of the first opaque background behind it. */
async function colours(locator: Locator): Promise<{ text: number; background: number }> {
  const { color, background } = await locator.evaluate((el) => {
    let node: Element | null = el;
    let bg = 'rgb(255, 255, 255)';
    while (node) {
      const value = getComputedStyle(node).backgroundColor;
      if (!/rgba\(.*, 0\)$/.test(value) && value !== 'transparent') {
        bg = value;
        break;
      }
      node = node.parentElement;
    }
    return { color: getComputedStyle(el).color, background: bg };
  });
  const text = parseRgb(color);
  const back = parseRgb(background);
  return { text: luminance(text.r, text.g, text.b), background: luminance(back.r, back.g, back.b) };
}

test.describe('print in dark mode', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.goto('/gids/facebook/');
  });

  test('body text, muted text and the header are dark on light', async ({ page }) => {
    const parts = {
      'body text': page.locator('li#privacycentrum .step-body p').first(),
      'muted text': page.locator('.guide-meta'),
      header: page.locator('.site-name'),
      'page background': page.locator('body'),
    };
    for (const [name, locator] of Object.entries(parts)) {
      const { text, background } = await colours(locator);
      expect(background, `${name}: background`).toBeGreaterThan(0.9);
      expect(text, `${name}: text`).toBeLessThan(0.05);
      expect(contrast(text, background), `${name}: contrast`).toBeGreaterThanOrEqual(7);
    }
    const header = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
    const { r, g, b } = parseRgb(header);
    expect(luminance(r, g, b), 'header background').toBeGreaterThan(0.9);
  });

  test('step numbers print as dark outlined digits, without a background colour', async ({ page }) => {
    const number = page.locator('li#privacycentrum .step-number');
    const style = await number.evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, border: s.borderTopColor, width: s.borderTopWidth, background: s.backgroundColor };
    });
    const color = parseRgb(style.color);
    const border = parseRgb(style.border);
    expect(luminance(color.r, color.g, color.b)).toBeLessThan(0.05);
    expect(luminance(border.r, border.g, border.b)).toBeLessThan(0.05);
    expect(parseFloat(style.width)).toBeGreaterThanOrEqual(1);
    expect(parseRgb(style.background).alpha, 'no background the printer would drop').toBe(0);
  });

  test('steps may break across pages, drawings stay whole', async ({ page }) => {
    const steps = await page.locator('li.step').evaluateAll((all) => all.map((el) => getComputedStyle(el).breakInside));
    expect(steps.length).toBeGreaterThan(3);
    expect(new Set(steps)).toEqual(new Set(['auto']));
    const drawings = await page
      .locator('.step-illustration')
      .evaluateAll((all) => all.map((el) => getComputedStyle(el).breakInside));
    expect(new Set(drawings)).toEqual(new Set(['avoid']));
  });

  test('source links print their address, links within the site their path', async ({ page }) => {
    const source = page.locator('.source-list a').first();
    const href = await source.getAttribute('href');
    expect(href).toMatch(/^https:\/\//);
    expect(await source.evaluate((el) => getComputedStyle(el, '::after').content)).toBe(`" (${href})"`);
    const internal = page.locator('main a[href^="/"]').first();
    const path = await internal.getAttribute('href');
    expect(await internal.evaluate((el) => getComputedStyle(el, '::after').content)).toBe(`" (${path})"`);
  });

  test('illustrations print light', async ({ page }) => {
    const img = page.locator('li#privacycentrum figure img');
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    expect(pixelStats(await img.screenshot()).median).toBeGreaterThan(0.6);
  });
});
