// Two tabs on the same ticks: a guide in one, the plan in the other. Each tick is written on top of
// what is stored at that moment, and every open tab follows the other's ticks (the storage event).
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './test-helpers';

const box = (page: Page, id: string) => page.locator(`li#${id}`).getByRole('checkbox');
const count = (page: Page) => page.locator('checklist-progress [data-count]').first();
const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('checklist:facebook') ?? '{"done":[]}').done as string[]);

test('ticks made in turn in a guide tab and a plan tab are all kept, and both tabs show them', async ({ context }) => {
  const guide = await context.newPage();
  const plan = await context.newPage();
  const errors = [...watchErrors(guide), ...watchErrors(plan)];
  await guide.goto('/gids/facebook/');
  await plan.goto('/mijn-plan/?apps=facebook');
  const total = await guide.locator('ol.steps > li').count();

  await box(guide, 'inloggen').check();
  await box(plan, 'facebook-instellingen').check();
  await box(guide, 'privacycentrum').check();
  await box(plan, 'facebook-formulier').check();

  expect(await stored(guide)).toEqual(['inloggen', 'instellingen', 'privacycentrum', 'formulier']);
  for (const [page, prefix] of [
    [guide, ''],
    [plan, 'facebook-'],
  ] as const) {
    for (const id of ['inloggen', 'instellingen', 'privacycentrum', 'formulier'])
      await expect(box(page, prefix + id)).toBeChecked();
    await expect(box(page, `${prefix}verzenden`)).not.toBeChecked();
    await expect(count(page)).toHaveText(`4 van ${total} stappen gedaan`);
  }

  // Unticking in one tab unticks in the other, and keeps the rest.
  await box(plan, 'facebook-inloggen').uncheck();
  await expect(box(guide, 'inloggen')).not.toBeChecked();
  await expect(count(guide)).toHaveText(`3 van ${total} stappen gedaan`);
  expect(await stored(plan)).toEqual(['instellingen', 'privacycentrum', 'formulier']);
  expect(errors).toEqual([]);
});

test('"Begin opnieuw" in one tab clears the other tab too', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/gids/facebook/');
  await second.goto('/gids/facebook/');
  await box(first, 'inloggen').check();
  await box(second, 'verzenden').check();
  await expect(box(first, 'verzenden')).toBeChecked();

  first.once('dialog', (dialog) => dialog.accept());
  await first.getByRole('button', { name: 'Begin opnieuw' }).click();
  await expect(box(second, 'inloggen')).not.toBeChecked();
  await expect(box(second, 'verzenden')).not.toBeChecked();
  await expect(count(second)).toHaveText(/^0 van/);
  expect(await second.evaluate(() => localStorage.getItem('checklist:facebook'))).toBeNull();
});
