// The checklist in every guide: ticks are kept in this browser per guide, progress is counted
// and announced, "Klaar" says what comes next, and broken or blocked storage never breaks it.
// Checks the criteria in src/components/ChecklistProgress.criteria.md and StepCheckbox.criteria.md.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { UNSAVED_NOTE, breakStorage, checkBothSchemes, watchErrors } from './test-helpers';

const FACEBOOK = '/gids/facebook/';
const INSTAGRAM = '/gids/instagram/';

const checkbox = (page: Page, stepId: string) => page.locator(`li#${stepId}`).getByRole('checkbox');
const progress = (page: Page) => page.locator('checklist-progress [data-count]');
const stored = (page: Page, guide: string) => page.evaluate((key) => localStorage.getItem(key), `checklist:${guide}`);
const stepCount = (page: Page) => page.locator('ol.steps > li').count();

test.describe('with storage', () => {
  test('ticks survive a reload, with the count and the next step', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(FACEBOOK);
    const total = await stepCount(page);
    await expect(progress(page)).toHaveText(`0 van ${total} stappen gedaan`);

    await checkbox(page, 'inloggen').check();
    await checkbox(page, 'privacycentrum').check();
    await expect(progress(page)).toHaveText(`2 van ${total} stappen gedaan`);
    const next = page.getByRole('link', { name: /^Ga verder met stap 2: / });
    await expect(next).toHaveAttribute('href', '#instellingen');

    await page.reload();
    await expect(checkbox(page, 'inloggen')).toBeChecked();
    await expect(checkbox(page, 'instellingen')).not.toBeChecked();
    await expect(checkbox(page, 'privacycentrum')).toBeChecked();
    await expect(progress(page)).toHaveText(`2 van ${total} stappen gedaan`);
    expect(JSON.parse((await stored(page, 'facebook'))!)).toEqual({
      version: 1,
      done: ['inloggen', 'privacycentrum'],
      // When each step was ticked, so two tabs' ticks can be merged (tests/e2e/two-tabs.spec.ts).
      at: { inloggen: expect.any(Number), privacycentrum: expect.any(Number) },
    });

    await next.click();
    await expect(page).toHaveURL(/#instellingen$/);
    await expect(page.locator('li#instellingen')).toBeInViewport();
    expect(errors).toEqual([]);
  });

  test('coming back with the Back button shows the ticks saved meanwhile, not old ones', async ({ page }) => {
    await page.goto(FACEBOOK);
    await checkbox(page, 'formulier').check();
    await page.goto('/mijn-plan/?apps=facebook');
    await page.locator('li#facebook-formulier').getByRole('checkbox').uncheck();
    await page.locator('li#facebook-reden').getByRole('checkbox').check();
    await page.goBack();
    await expect(page).toHaveURL(FACEBOOK);
    await expect(checkbox(page, 'formulier')).not.toBeChecked();
    await expect(checkbox(page, 'reden')).toBeChecked();
    await expect(progress(page)).toHaveText(/^1 van/);
    // The browser may restore form state a moment after load: it must still hold.
    await page.waitForTimeout(300);
    await expect(checkbox(page, 'formulier')).not.toBeChecked();
  });

  test('guides never share progress', async ({ page }) => {
    await page.goto(FACEBOOK);
    await checkbox(page, 'inloggen').check();
    await checkbox(page, 'instellingen').check();

    await page.goto(INSTAGRAM);
    await expect(checkbox(page, 'inloggen')).not.toBeChecked();
    await expect(progress(page)).toHaveText(/^0 van \d+ stappen gedaan$/);
    await checkbox(page, 'verzenden').check();

    await page.goto(FACEBOOK);
    await expect(checkbox(page, 'inloggen')).toBeChecked();
    await expect(checkbox(page, 'verzenden')).not.toBeChecked();
    expect(JSON.parse((await stored(page, 'facebook'))!).done).toEqual(['inloggen', 'instellingen']);
    expect(JSON.parse((await stored(page, 'instagram'))!).done).toEqual(['verzenden']);
  });

  test('says "Klaar" with what comes next when every step is ticked', async ({ page }) => {
    await page.goto(FACEBOOK);
    const done = page.locator('checklist-progress [data-done]');
    await expect(done).toBeHidden();
    const boxes = page.locator('ol.steps').getByRole('checkbox');
    const total = await boxes.count();
    for (let index = 0; index < total; index++) await boxes.nth(index).check();

    await expect(progress(page)).toHaveText(`Alle ${total} stappen gedaan. Klaar!`);
    await expect(done.getByRole('heading', { name: 'Klaar!' })).toBeVisible();
    await expect(done).toContainText('Bewaar dan de bevestiging van Meta');
    await expect(done.getByRole('link', { name: 'Na je bezwaar' })).toHaveAttribute('href', '/gids/na-je-bezwaar/');
    await expect(page.getByRole('link', { name: /^Ga verder met/ })).toBeHidden();

    await boxes.last().uncheck();
    await expect(done).toBeHidden();
  });

  test('"Begin opnieuw" asks first, then clears the ticks and the stored entry', async ({ page }) => {
    await page.goto(FACEBOOK);
    const reset = page.getByRole('button', { name: 'Begin opnieuw' });
    await expect(reset).toBeHidden();
    await checkbox(page, 'inloggen').check();
    await checkbox(page, 'formulier').check();

    page.once('dialog', (dialog) => dialog.dismiss());
    await reset.click();
    await expect(checkbox(page, 'inloggen')).toBeChecked();

    page.once('dialog', (dialog) => {
      expect(dialog.message()).toBe('Wil je alle vinkjes bij deze stappen weghalen?');
      return dialog.accept();
    });
    await reset.click();
    await expect(checkbox(page, 'inloggen')).not.toBeChecked();
    await expect(checkbox(page, 'formulier')).not.toBeChecked();
    await expect(progress(page)).toHaveText(/^0 van/);
    await expect(checkbox(page, 'inloggen')).toBeFocused();
    expect(await stored(page, 'facebook')).toBeNull();
  });

  test('the na-je-bezwaar guide does not link to itself when done', async ({ page }) => {
    await page.goto('/gids/na-je-bezwaar/');
    const boxes = page.locator('ol.steps').getByRole('checkbox');
    for (let index = 0; index < (await boxes.count()); index++) await boxes.nth(index).check();
    const done = page.locator('checklist-progress [data-done]');
    await expect(done).toBeVisible();
    await expect(done.getByRole('link')).toHaveCount(0);
  });
});

test.describe('stored state that is wrong', () => {
  test('corrupt JSON is ignored and replaced on the next tick, without errors', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('checklist:facebook', '{"version":1,"done":["inloggen"');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto(FACEBOOK);
    await expect(progress(page)).toHaveText(/^0 van/);
    await checkbox(page, 'formulier').check();
    expect(JSON.parse((await stored(page, 'facebook'))!)).toEqual({
      version: 1,
      done: ['formulier'],
      at: { formulier: expect.any(Number) },
    });
    await page.reload();
    await expect(checkbox(page, 'formulier')).toBeChecked();
    expect(errors).toEqual([]);
  });

  test('step ids the guide no longer has are dropped', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('checklist:facebook', JSON.stringify({ version: 1, done: ['oude-stap', 'inloggen'] }));
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto(FACEBOOK);
    await expect(checkbox(page, 'inloggen')).toBeChecked();
    await expect(progress(page)).toHaveText(/^1 van/);
    await checkbox(page, 'verzenden').check();
    expect(JSON.parse((await stored(page, 'facebook'))!).done).toEqual(['inloggen', 'verzenden']);
    expect(errors).toEqual([]);
  });

  test('a version it does not know is ignored', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('checklist:facebook', JSON.stringify({ version: 99, done: ['inloggen'] }));
    });
    await page.goto(FACEBOOK);
    await expect(checkbox(page, 'inloggen')).not.toBeChecked();
  });
});

test.describe('storage that fails', () => {
  const blockedNote = (page: Page) => page.getByText(UNSAVED_NOTE);

  test('every storage call throws: the checklist works in memory and says ticks are not kept', async ({ page }) => {
    const errors = watchErrors(page);
    await breakStorage(page, 'every-call-throws');
    await page.goto(FACEBOOK);
    await expect(blockedNote(page)).toBeVisible();
    await checkbox(page, 'inloggen').check();
    await checkbox(page, 'instellingen').check();
    await expect(progress(page)).toHaveText(/^2 van/);
    await checkbox(page, 'inloggen').uncheck();
    await expect(progress(page)).toHaveText(/^1 van/);
    expect(errors).toEqual([]);
  });

  test('even reading window.localStorage throws (cookies blocked)', async ({ page }) => {
    const errors = watchErrors(page);
    await breakStorage(page, 'no-local-storage');
    await page.goto(FACEBOOK);
    await checkbox(page, 'privacycentrum').check();
    await expect(progress(page)).toHaveText(/^1 van/);
    await expect(blockedNote(page)).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a full quota: reading works, writing fails, the tick stays', async ({ page }) => {
    const errors = watchErrors(page);
    await breakStorage(page, 'quota-full');
    await page.goto(FACEBOOK);
    await expect(blockedNote(page)).toBeHidden();
    await checkbox(page, 'inloggen').check();
    await expect(checkbox(page, 'inloggen')).toBeChecked();
    await expect(progress(page)).toHaveText(/^1 van/);
    await expect(blockedNote(page)).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('keyboard only', () => {
  /** Presses Tab (or Shift+Tab) until the element has focus, as a keyboard user would. */
  async function tabTo(page: Page, target: Locator, key = 'Tab') {
    for (let presses = 0; presses < 60; presses++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press(key);
    }
    await expect(target).toBeFocused();
  }

  test('tab to a step, tick it with Space, follow "Ga verder", reset with Enter', async ({ page }) => {
    await page.goto(FACEBOOK);
    const first = checkbox(page, 'inloggen');
    await tabTo(page, first);
    const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');

    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await expect(progress(page)).toHaveText(/^1 van/);

    const reset = page.getByRole('button', { name: 'Begin opnieuw' });
    await tabTo(page, reset, 'Shift+Tab');
    const next = page.getByRole('link', { name: /^Ga verder met stap 2/ });
    await tabTo(page, next, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#instellingen$/);

    await tabTo(page, reset, 'Shift+Tab');
    page.once('dialog', (dialog) => dialog.accept());
    await page.keyboard.press('Enter');
    await expect(first).not.toBeChecked();
    await expect(first).toBeFocused();
  });
});

test.describe('markup', () => {
  test('each step has a real checkbox named "Gedaan: <title>", at least 24 px', async ({ page }) => {
    await page.goto(FACEBOOK);
    const steps = page.locator('ol.steps > li');
    for (let index = 0; index < (await steps.count()); index++) {
      const step = steps.nth(index);
      const title = (await step.locator('.step-title').evaluate((el) => el.lastChild?.textContent ?? '')).trim();
      const box = step.getByRole('checkbox', { name: `Gedaan: ${title}`, exact: true });
      await expect(box).toHaveCount(1);
      const size = await box.boundingBox();
      expect(size!.width).toBeGreaterThanOrEqual(24);
      expect(size!.height).toBeGreaterThanOrEqual(24);
    }
  });

  test('the progress line is a polite live region', async ({ page }) => {
    await page.goto(FACEBOOK);
    const status = progress(page);
    await expect(status).toHaveAttribute('role', 'status');
    await checkbox(page, 'inloggen').check();
    await expect(status).toHaveText(/^1 van/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the checkboxes are there and can be ticked; no progress is shown', async ({ page }) => {
    await page.goto(FACEBOOK);
    const boxes = page.locator('ol.steps').getByRole('checkbox');
    expect(await boxes.count()).toBe(await stepCount(page));
    await checkbox(page, 'inloggen').check();
    await expect(checkbox(page, 'inloggen')).toBeChecked();
    await expect(page.locator('checklist-progress [data-status]')).toBeHidden();
    await expect(page.locator('checklist-progress [data-done]')).toBeHidden();
  });
});

// Two tests, so that the two workers share the axe runs.
test('axe finds nothing with ticks set, light or dark', async ({ page }) => {
  await page.goto(FACEBOOK);
  await checkbox(page, 'inloggen').check();
  await checkbox(page, 'instellingen').check();
  await checkBothSchemes(page);
});

test('axe finds nothing with "Klaar" shown, light or dark', async ({ page }) => {
  await page.goto(FACEBOOK);
  const boxes = page.locator('ol.steps').getByRole('checkbox');
  for (let index = 0; index < (await boxes.count()); index++) await boxes.nth(index).check();
  await expect(page.locator('checklist-progress [data-done]')).toBeVisible();
  await checkBothSchemes(page);
});
