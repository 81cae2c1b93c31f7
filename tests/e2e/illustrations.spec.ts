// Step illustrations: each loads lazily as its own file, renders when the reader scrolls to it,
// and follows the page's colour scheme.
import { expect, test } from '@playwright/test';
import { pixelStats } from './image-pixels';
import { watchErrors } from './test-helpers';

const CAPTION = 'Zo ongeveer ziet het eruit. Jouw scherm kan er anders uitzien.';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('an illustration loads when scrolled to and is drawn in the page colours', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto('/gids/facebook/');
      const figure = page.locator('li#privacycentrum figure');
      const img = figure.getByRole('img', { name: /Privacycentrum/ });
      await expect(img).toHaveAttribute('loading', 'lazy');
      await figure.scrollIntoViewIfNeeded();
      await expect(img).toBeVisible();
      await expect
        .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
        .toBeGreaterThan(0);
      await expect(figure.locator('figcaption')).toHaveText(CAPTION);

      const { median, drawn } = pixelStats(await img.screenshot());
      // The phone's screen fills most of the drawing: light on a light page, dark on a dark one.
      if (colorScheme === 'dark') expect(median).toBeLessThan(0.1);
      else expect(median).toBeGreaterThan(0.6);
      // Outline, bars, label and mark stand out from that background.
      expect(drawn).toBeGreaterThan(0.03);
      expect(errors).toEqual([]);
    });
  });
}

test('every illustration in a guide is lazy, has alt text and loads', async ({ page }) => {
  await page.goto('/gids/instagram/');
  const images = page.locator('figure.step-illustration img');
  const count = await images.count();
  expect(count).toBeGreaterThanOrEqual(6);
  for (let index = 0; index < count; index++) {
    const img = images.nth(index);
    await expect(img).toHaveAttribute('loading', 'lazy');
    expect((await img.getAttribute('alt'))?.trim()).toBeTruthy();
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  }
});
