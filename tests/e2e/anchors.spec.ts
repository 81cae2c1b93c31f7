// Links as people really pass them on: with tracking parameters added by the app they came from,
// typed in capitals, by step number ("#stap-3"), mangled ("#%"), or with a parameter twice.
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './test-helpers';

const TRACKING = 'fbclid=IwAR0abc&utm_source=facebook&utm_medium=social&gclid=x';

/** The step the browser marks as the target, and whether it is in view. */
async function expectMarked(page: Page, stepId: string) {
  const step = page.locator(`li#${stepId}`);
  await expect(step).toBeInViewport();
  await expect.poll(() => step.evaluate((el) => el.matches(':target'))).toBe(true);
  const marked = await step.evaluate((el) => getComputedStyle(el).backgroundColor);
  const plain = await page
    .locator('li.step:not(:target)')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(marked).not.toBe(plain);
}

test.describe('forgiving anchors in a guide', () => {
  for (const [hash, stepId] of [
    ['#stap-3', 'privacycentrum'],
    ['#Stap3', 'privacycentrum'],
    ['#PRIVACYCENTRUM', 'privacycentrum'],
    ['#Verzenden', 'verzenden'],
  ] as const) {
    test(`${hash} opens and marks the step "${stepId}", with its real anchor in the address bar`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto('/');
      await page.goto(`/gids/facebook/${hash}`);
      await expectMarked(page, stepId);
      await expect(page).toHaveURL(`/gids/facebook/#${stepId}`);
      // The real anchor replaced the typed one: Back goes to the page before, not to "#stap-3".
      await page.goBack();
      await expect(page).toHaveURL('/');
      expect(errors).toEqual([]);
    });
  }

  test('a merged step’s old id in other letters lands on the step it went into', async ({ page }) => {
    await page.goto('/gids/menu-ziet-er-anders-uit/#PRIVACYBELEID');
    await expect(page.locator('li#zoeken-in-privacycentrum')).toBeInViewport();
    await expect(page).toHaveURL('/gids/menu-ziet-er-anders-uit/#zoeken-in-privacycentrum');
  });

  for (const hash of ['#bestaat-niet', '#stap-99', '#%', '#%E0%A4%A', '#']) {
    test(`${hash} shows the guide from the top, without an error`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`/gids/facebook/${hash}`);
      await expect(page.locator('li#inloggen').getByRole('checkbox')).toBeVisible();
      await expect(page.locator('checklist-progress [data-count]')).toHaveText(/^0 van/);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      expect(await page.locator('li.step:target').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  }

  test('an anchor typed into the address bar later opens its step too', async ({ page }) => {
    await page.goto('/gids/facebook/');
    await page.evaluate(() => {
      location.hash = 'stap-5';
    });
    await expectMarked(page, 'formulier');
  });
});

test.describe('forgiving anchors in the plan', () => {
  const PLAN = '/mijn-plan/?apps=facebook,instagram&gekoppeld=nee';
  for (const [hash, anchor] of [
    ['#instagram-verzenden', 'instagram-verzenden'],
    ['#INSTAGRAM-Verzenden', 'instagram-verzenden'],
    ['#privacycentrum', 'facebook-privacycentrum'],
    ['#stap-2', 'facebook-instellingen'],
  ] as const) {
    test(`${hash} opens and marks "${anchor}"`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(PLAN + hash);
      await expectMarked(page, anchor);
      await expect(page).toHaveURL(`${PLAN}#${anchor}`);
      expect(errors).toEqual([]);
    });
  }

  test('#% and unknown anchors show the plan from the top, without an error', async ({ page }) => {
    const errors = watchErrors(page);
    for (const hash of ['#%', '#%E0%A4%A', '#bestaat-niet']) {
      await page.goto(`/mijn-plan/?apps=facebook${hash}`);
      await expect(page.locator('#jouw-plan li.step').first()).toBeVisible();
      expect(await page.evaluate(() => scrollY)).toBe(0);
    }
    expect(errors).toEqual([]);
  });

  test('a parameter given twice with the same answer still makes the plan', async ({ page }) => {
    await page.goto('/mijn-plan/?apps=facebook,instagram&gekoppeld=nee&gekoppeld=nee');
    await expect(page.locator('#jouw-plan li#instagram-verzenden')).toBeAttached();
    await expect(page.locator('[data-problem]:visible')).toHaveCount(0);
  });
});

test.describe('copied links carry no tracking parameters', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test('an FAQ answer', async ({ page, baseURL }) => {
    await page.goto(`/vragen/?${TRACKING}`);
    const question = page.locator('section.question').first();
    const id = await question.getAttribute('id');
    await question.getByRole('button', { name: /^Kopieer link/ }).click();
    expect(await clipboard(page)).toBe(`${baseURL}/vragen/#${id}`);
  });

  test('a guide step and the whole guide', async ({ page, baseURL }) => {
    await page.goto(`/gids/facebook/?${TRACKING}#privacycentrum`);
    await page
      .locator('li#privacycentrum')
      .getByRole('button', { name: /^Kopieer link/ })
      .click();
    expect(await clipboard(page)).toBe(`${baseURL}/gids/facebook/privacycentrum/`);
    await page.getByRole('button', { name: 'Deel deze gids' }).click();
    expect(await clipboard(page)).toBe(`${baseURL}/gids/facebook/`);
  });

  test('the plan keeps its answers, and only those', async ({ page, baseURL }) => {
    await page.goto(`/mijn-plan/?${TRACKING}&apps=facebook,instagram&gekoppeld=nee`);
    await page.getByRole('button', { name: 'Kopieer link naar je plan' }).click();
    expect(await clipboard(page)).toBe(`${baseURL}/mijn-plan/?apps=facebook,instagram&gekoppeld=nee#jouw-plan`);
    await page
      .locator('li#instagram-formulier')
      .getByRole('button', { name: /^Kopieer link/ })
      .click();
    expect(await clipboard(page)).toBe(
      `${baseURL}/mijn-plan/?apps=facebook,instagram&gekoppeld=nee#instagram-formulier`,
    );
  });
});
