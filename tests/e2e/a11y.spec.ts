// axe finds no WCAG 2.2 AA problem on any page, in light and in dark mode. Each page loads
// once: every rule runs in light mode, then the rules that look at colours run again in dark
// mode. The other rules read the DOM and its layout, which the colour scheme does not change,
// so running them twice cost a minute of the suite and could find nothing new.
import { expect, test } from '@playwright/test';
import { axeOn, checkBothSchemes, COLOUR_RULES, WCAG_TAGS } from './test-helpers';
import { ALL_PATHS } from './site-pages';

test('the colour rules are WCAG 2.2 AA rules that axe runs', async ({ page }) => {
  await page.goto('/');
  const { passes, incomplete, inapplicable } = await axeOn(page).withTags(WCAG_TAGS).analyze();
  const ran = new Set([...passes, ...incomplete, ...inapplicable].map((rule) => rule.id));
  expect(COLOUR_RULES.filter((rule) => !ran.has(rule))).toEqual([]);
});

for (const path of ALL_PATHS) {
  test(`${path} has no axe violations, light or dark`, async ({ page }) => {
    await page.goto(path);
    await checkBothSchemes(page);
  });
}

test('a deep-linked step stays accessible while it is marked', async ({ page }) => {
  await page.goto('/gids/facebook/#privacycentrum');
  await checkBothSchemes(page, '#privacycentrum');
});
