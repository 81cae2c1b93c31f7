// What a screen reader and a browser without JavaScript get from the steps: unique control names
// on the plan, no empty live regions and no repeated title per step, and an honest note that ticks
// are not kept without JavaScript.
import { expect, test, type Locator } from '@playwright/test';

const NO_SCRIPT_NOTE = 'Let op: deze pagina bewaart je vinkjes nu niet.';
const ALL_SECTIONS_PLAN = '/mijn-plan/?apps=facebook,instagram&gekoppeld=weet-ik-niet';

/** The accessible names of the visible controls, as the browser computes them. */
async function controlNames(controls: Locator): Promise<string[]> {
  const all: string[] = [];
  for (const control of await controls.all()) {
    if (await control.isVisible()) all.push((await control.ariaSnapshot()).split('\n')[0]!);
  }
  return all;
}

test('every control on the plan has a name of its own, naming the app', async ({ page }) => {
  await page.goto(ALL_SECTIONS_PLAN);
  await expect(page.locator('#jouw-plan').getByRole('checkbox').first()).toBeVisible();
  await expect(
    page.getByRole('checkbox', { name: 'Gedaan: Open in Facebook de Instellingen (Facebook)', exact: true }),
  ).toHaveCount(1);
  await expect(
    page.getByRole('checkbox', { name: 'Gedaan: Verstuur je bezwaar (Instagram)', exact: true }),
  ).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Kopieer link naar stap 7 (Instagram)', exact: true })).toHaveCount(1);
  for (const role of ['checkbox', 'button'] as const) {
    const all = await controlNames(page.locator('main').getByRole(role));
    expect(all.length, role).toBeGreaterThan(10);
    expect(
      all.filter((name, index) => all.indexOf(name) !== index),
      `${role} names used twice`,
    ).toEqual([]);
  }
});

test('every copy button on the FAQ names the question it copies', async ({ page }) => {
  await page.goto('/vragen/');
  const question = page.locator('section.question').first();
  const title = (await question.getByRole('heading').textContent())!;
  await expect(
    question.getByRole('button', { name: `Kopieer link naar deze vraag: ${title}`, exact: true }),
  ).toBeVisible();
  const all = await controlNames(page.locator('main').getByRole('button', { name: /^Kopieer link/ }));
  expect(all.length).toBeGreaterThan(10);
  expect(
    all.filter((name, index) => all.indexOf(name) !== index),
    'copy button names used twice',
  ).toEqual([]);
});

test.describe('a guide step', () => {
  test('has no empty live region, and says its title once besides its heading', async ({ page }) => {
    await page.goto('/gids/facebook/');
    const step = page.locator('li#privacycentrum');
    const title = (await step.locator('[data-step-title]').textContent())!;
    await expect(step.getByRole('checkbox', { name: `Gedaan: ${title}`, exact: true })).toBeVisible();
    expect(await page.locator('li.step [role="status"], li.step [aria-live], li.step [role="alert"]').count()).toBe(0);
    const lines = (await step.ariaSnapshot()).split('\n');
    // The heading says it, the checkbox is named after it; no loose text repeats it.
    expect(lines.filter((line) => line.includes(title) && !/heading|checkbox/.test(line))).toEqual([]);
  });

  test('copying a link is confirmed next to the button and announced once for the page', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/gids/facebook/');
    const live = page.getByRole('status').filter({ hasText: 'Link gekopieerd' });
    await expect(live).toHaveCount(0);
    const step = page.locator('li#formulier');
    await step.getByRole('button', { name: /^Kopieer link naar stap/ }).click();
    await expect(step.getByText('Link gekopieerd')).toBeVisible();
    await expect(live).toHaveCount(1);
    await page
      .locator('li#verzenden')
      .getByRole('button', { name: /^Kopieer link naar stap/ })
      .click();
    await expect(page.locator('li#verzenden').getByText('Link gekopieerd')).toBeVisible();
    await expect(live).toHaveCount(1);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a guide says that ticks are not kept', async ({ page }) => {
    await page.goto('/gids/facebook/');
    await expect(page.getByText(NO_SCRIPT_NOTE)).toBeVisible();
    await page.locator('li#inloggen').getByRole('checkbox').check();
  });
});

test('with JavaScript the guide does not show that note, nor does the plan', async ({ page }) => {
  await page.goto('/gids/facebook/');
  await expect(page.getByText('Je vinkjes blijven op dit apparaat.')).toBeVisible();
  await expect(page.getByText(NO_SCRIPT_NOTE)).toBeHidden();
  await page.goto('/mijn-plan/?apps=facebook');
  await expect(page.locator('#jouw-plan li.step').first()).toBeVisible();
  await expect(page.getByText(NO_SCRIPT_NOTE)).toHaveCount(0);
});

test('when a blocker stops the checklist script, the note stays', async ({ page }) => {
  // As an ad blocker or a failing script would: <checklist-progress> never gets defined.
  await page.addInitScript(() => {
    const define = customElements.define.bind(customElements);
    customElements.define = (name, ...rest) => (name === 'checklist-progress' ? undefined : define(name, ...rest));
  });
  await page.goto('/gids/facebook/');
  await expect(page.getByText(NO_SCRIPT_NOTE)).toBeVisible();
});
