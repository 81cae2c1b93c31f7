// axe finds no WCAG 2.2 AA problem on any page, in light and in dark mode.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { WCAG_TAGS } from './test-helpers';
import { ALL_PATHS } from './site-pages';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const path of ALL_PATHS) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}

test('a deep-linked step stays accessible while it is marked', async ({ page }) => {
  await page.goto('/gids/facebook/#privacycentrum');
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).include('#privacycentrum').analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
