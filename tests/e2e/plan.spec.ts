// The personal plan on /mijn-plan/: answers in the URL, the right guide steps for each answer,
// progress shared with the guides, and a page that still helps without JavaScript.
// Checks the criteria in src/components/PersonalPlan.criteria.md and PlanForm.criteria.md.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { UNSAVED_NOTE, breakStorage, checkBothSchemes, watchErrors, watchLayoutShift } from './test-helpers';

const LINKED_PLAN = '/mijn-plan/?apps=facebook,instagram&gekoppeld=ja';

/** The step ids of a guide, read from its own page: the plan must use exactly these. */
async function guideStepIds(page: Page, slug: string): Promise<string[]> {
  await page.goto(`/gids/${slug}/`);
  return page.locator('ol.steps > li').evaluateAll((items) => items.map((item) => item.id));
}

const planSteps = (page: Page) => page.locator('#jouw-plan ol.steps > li');
const planAnchors = (page: Page) => planSteps(page).evaluateAll((items) => items.map((item) => item.id));
const sectionHeadings = (page: Page) => page.locator('#jouw-plan .plan-section > h2').allTextContents();
const prefixed = (slug: string, ids: string[]) => ids.map((id) => `${slug}-${id}`);
const progress = (page: Page) => page.locator('#jouw-plan checklist-progress [data-count]');

test.describe('the plan for each answer', () => {
  let facebook: string[];
  let instagram: string[];
  test.beforeEach(async ({ page }) => {
    facebook = prefixed('facebook', await guideStepIds(page, 'facebook'));
    instagram = prefixed('instagram', await guideStepIds(page, 'instagram'));
  });

  test('only Facebook: the Facebook steps', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/mijn-plan/?apps=facebook');
    expect(await planAnchors(page)).toEqual(facebook);
    expect(await sectionHeadings(page)).toEqual(['Bezwaar maken via Facebook']);
    await expect(page.locator('#jouw-plan')).toContainText('Je gebruikt alleen Facebook.');
    await expect(progress(page)).toHaveText(`0 van ${facebook.length} stappen gedaan`);
    expect(errors).toEqual([]);
  });

  test('only Instagram: the Instagram steps, and gekoppeld is ignored', async ({ page }) => {
    await page.goto('/mijn-plan/?apps=instagram&gekoppeld=nee');
    expect(await planAnchors(page)).toEqual(instagram);
    expect(await sectionHeadings(page)).toEqual(['Bezwaar maken via Instagram']);
    await expect(page).toHaveURL(/\/mijn-plan\/\?apps=instagram$/);
  });

  test('both, linked: one objection, and the page says why', async ({ page }) => {
    await page.goto(LINKED_PLAN);
    expect(await planAnchors(page)).toEqual(facebook);
    await expect(page.locator('#jouw-plan')).toContainText('Dan is één bezwaar genoeg voor allebei.');
  });

  test('both, not linked: Facebook’s steps, then Instagram’s', async ({ page }) => {
    await page.goto('/mijn-plan/?apps=facebook%2Cinstagram&gekoppeld=nee');
    expect(await planAnchors(page)).toEqual([...facebook, ...instagram]);
    expect(await sectionHeadings(page)).toEqual(['Bezwaar maken via Facebook', 'Bezwaar maken via Instagram']);
    await expect(progress(page)).toHaveText(`0 van ${facebook.length + instagram.length} stappen gedaan`);
    // Steps keep their number from the guide, under an h2 per app, as h3 headings.
    await expect(page.locator('li#instagram-inloggen .step-number')).toHaveText('1');
    await expect(page.locator('li#instagram-inloggen').getByRole('heading', { level: 3 })).toHaveText(/^Stap 1: /);
    // The address bar shows the short form that people can share.
    expect(new URL(page.url()).search).toBe('?apps=facebook,instagram&gekoppeld=nee');
  });

  test('both, not sure: the Accountcentrum check first, then Facebook, then Instagram if not linked', async ({
    page,
  }) => {
    await page.goto('/mijn-plan/?apps=facebook,instagram&gekoppeld=weet-ik-niet');
    expect(await planAnchors(page)).toEqual([
      'gekoppelde-accounts-accountcentrum-controleren',
      ...facebook,
      ...instagram,
    ]);
    expect(await sectionHeadings(page)).toEqual([
      'Eerst: kijk of je accounts gekoppeld zijn',
      'Bezwaar maken via Facebook',
      'Niet gekoppeld? Maak ook bezwaar via Instagram',
    ]);
    await expect(page.locator('#jouw-plan')).toContainText('Dan is één bezwaar genoeg.');
    await page.getByRole('link', { name: 'Toon het plan voor gekoppelde accounts' }).first().click();
    await expect(page).toHaveURL(LINKED_PLAN);
    expect(await planAnchors(page)).toEqual(facebook);
  });
});

test.describe('the questions', () => {
  test('answering builds the plan and puts the answers in the URL', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/mijn-plan/');
    await expect(page.locator('#jouw-plan')).toBeHidden();
    await page.getByRole('radio', { name: 'Allebei' }).check();
    await page.getByRole('radio', { name: 'Nee' }).check();
    await page.getByRole('button', { name: 'Maak mijn plan' }).click();
    await expect(page).toHaveURL('/mijn-plan/?apps=facebook,instagram&gekoppeld=nee');
    await expect(planSteps(page).first()).toBeVisible();
    // The form stays below the plan, filled in, to change an answer.
    await expect(page.getByRole('radio', { name: 'Allebei' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Nee' })).toBeChecked();
    expect(errors).toEqual([]);
  });

  test('each answer is a radio button in a named group, at least 24 px high', async ({ page }) => {
    await page.goto('/mijn-plan/');
    const apps = page.getByRole('group', { name: 'Welke apps gebruik je?' });
    await expect(apps.getByRole('radio')).toHaveCount(3);
    for (const label of await page.locator('.plan-choice').all()) {
      expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    }
    // Tapping the label text chooses the answer.
    await page.locator('.plan-choice', { hasText: 'Weet ik niet' }).click();
    await expect(page.getByRole('radio', { name: 'Weet ik niet' })).toBeChecked();
  });

  test('the Accountcentrum question only shows when both apps are chosen', async ({ page }) => {
    await page.goto('/mijn-plan/');
    const linked = page.getByRole('group', { name: 'Staan je accounts samen in één Accountcentrum?' });
    await page.getByRole('radio', { name: 'Instagram' }).check();
    await expect(linked).toBeHidden();
    await page.getByRole('radio', { name: 'Allebei' }).check();
    await expect(linked).toBeVisible();
  });

  test('"Ik gebruik allebei" on the home page asks the one question left', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Ik gebruik allebei' }).click();
    await expect(page).toHaveURL('/mijn-plan/?apps=facebook,instagram');
    await expect(page.getByRole('radio', { name: 'Allebei' })).toBeChecked();
    await expect(page.getByText('Nog één vraag. Kies ja, nee of weet ik niet.')).toBeVisible();
    await expect(page.locator('#jouw-plan')).toBeHidden();
  });

  for (const [search, hint] of [
    ['?apps=twitter', 'De link noemt een app die we niet kennen.'],
    ['?apps=facebook,instagram&gekoppeld=misschien', 'De link geeft een antwoord dat we niet kennen.'],
    ['?gekoppeld=ja', 'Kies welke apps je gebruikt.'],
    ['?apps=%E0%A4%A&gekoppeld=%3Cb%3E', 'De link noemt een app die we niet kennen.'],
  ] as const) {
    test(`a wrong link (${search}) shows the form with a Dutch hint`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`/mijn-plan/${search}`);
      await expect(page.getByText(hint)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Maak mijn plan' })).toBeVisible();
      await expect(page.locator('#jouw-plan')).toBeHidden();
      expect(errors).toEqual([]);
    });
  }

  test('keyboard only: answer, submit, tick a step', async ({ page }) => {
    await page.goto('/mijn-plan/');
    const tabTo = async (target: Locator) => {
      for (let presses = 0; presses < 60; presses++) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      await expect(target).toBeFocused();
    };
    await tabTo(page.getByRole('radio', { name: 'Facebook' }));
    // Arrow keys move through a radio group: Facebook, Instagram, Allebei.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Allebei' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'Ja' })).toBeFocused();
    await page.keyboard.press('Space');
    await tabTo(page.getByRole('button', { name: 'Maak mijn plan' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(LINKED_PLAN);

    const first = planSteps(page).first().getByRole('checkbox');
    await tabTo(first);
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await expect(progress(page)).toHaveText(/^1 van/);
  });
});

test.describe('progress', () => {
  test('is kept per guide and step: shared with the guide, kept on reload', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/mijn-plan/?apps=facebook,instagram&gekoppeld=nee');
    await page.locator('li#facebook-inloggen').getByRole('checkbox').check();
    await page.locator('li#instagram-verzenden').getByRole('checkbox').check();
    await expect(progress(page)).toHaveText(/^2 van/);

    await page.reload();
    await expect(page.locator('li#facebook-inloggen').getByRole('checkbox')).toBeChecked();
    await expect(page.locator('li#instagram-verzenden').getByRole('checkbox')).toBeChecked();

    await page.goto('/gids/facebook/');
    await expect(page.locator('li#inloggen').getByRole('checkbox')).toBeChecked();
    await page.locator('li#privacycentrum').getByRole('checkbox').check();

    // A different answer keeps the ticks already made.
    await page.goto(LINKED_PLAN);
    await expect(page.locator('li#facebook-inloggen').getByRole('checkbox')).toBeChecked();
    await expect(page.locator('li#facebook-privacycentrum').getByRole('checkbox')).toBeChecked();
    expect(errors).toEqual([]);
  });

  test('coming back with the Back button shows ticks made in the guide meanwhile', async ({ page }) => {
    await page.goto('/mijn-plan/?apps=facebook');
    await page.getByRole('link', { name: 'Bezwaar maken op Facebook' }).first().click();
    await expect(page).toHaveURL('/gids/facebook/');
    await page.locator('li#formulier').getByRole('checkbox').check();
    await page.goBack();
    await expect(page.locator('li#facebook-formulier').getByRole('checkbox')).toBeChecked();
    await expect(progress(page)).toHaveText(/^1 van/);
    // The browser restores old form state a moment after load: the saved tick must win.
    await page.waitForTimeout(300);
    await expect(page.locator('li#facebook-formulier').getByRole('checkbox')).toBeChecked();
  });

  test('ticking the Accountcentrum step keeps the other ticks of that guide', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(
          'checklist:gekoppelde-accounts',
          JSON.stringify({ version: 1, done: ['bevestigingen-bewaren'] }),
        );
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto('/mijn-plan/?apps=facebook,instagram&gekoppeld=weet-ik-niet');
    await page.locator('li#gekoppelde-accounts-accountcentrum-controleren').getByRole('checkbox').check();
    const stored = await page.evaluate(() => localStorage.getItem('checklist:gekoppelde-accounts'));
    expect(JSON.parse(stored!).done).toEqual(['accountcentrum-controleren', 'bevestigingen-bewaren']);
  });

  test('"Ga verder" names the app, since step numbers restart per app', async ({ page }) => {
    await page.goto('/mijn-plan/?apps=facebook,instagram&gekoppeld=nee');
    const facebook = page.locator('#jouw-plan [data-step-group="Facebook"] ol.steps').getByRole('checkbox');
    for (let index = 0; index < (await facebook.count()); index++) await facebook.nth(index).check();
    const next = page.getByRole('link', { name: /^Ga verder met/ });
    await expect(next).toHaveText('Ga verder met stap 1 voor Instagram: Log in op Instagram');
    await expect(next).toHaveAttribute('href', '#instagram-inloggen');
  });

  test('says "Klaar" when the whole plan is done', async ({ page }) => {
    await page.goto('/mijn-plan/?apps=instagram');
    const boxes = planSteps(page).getByRole('checkbox');
    for (let index = 0; index < (await boxes.count()); index++) await boxes.nth(index).check();
    const done = page.locator('#jouw-plan [data-done]');
    await expect(done.getByRole('heading', { name: 'Klaar!' })).toBeVisible();
    await expect(done.getByRole('link', { name: 'Na je bezwaar' })).toHaveAttribute('href', '/gids/na-je-bezwaar/');
  });

  test('works in memory when storage is blocked, without errors', async ({ page }) => {
    const errors = watchErrors(page);
    await breakStorage(page, 'every-call-throws');
    await page.goto('/mijn-plan/?apps=facebook');
    await planSteps(page).first().getByRole('checkbox').check();
    await expect(progress(page)).toHaveText(/^1 van/);
    await expect(page.getByText(UNSAVED_NOTE)).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('sharing and printing', () => {
  test('a link to one step of a plan opens at that step', async ({ page }) => {
    await page.goto('/mijn-plan/?apps=facebook,instagram&gekoppeld=nee#instagram-verzenden');
    await expect(page.locator('li#instagram-verzenden')).toBeInViewport();
  });

  test('the copy button copies the plan with its answers', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/mijn-plan/?apps=facebook');
    await page.getByRole('button', { name: 'Kopieer link naar je plan' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/mijn-plan/?apps=facebook#jouw-plan`,
    );
  });

  test('prints the steps with their checkboxes, without the form and buttons', async ({ page }) => {
    await page.goto('/mijn-plan/?apps=facebook');
    await page.emulateMedia({ media: 'print' });
    await expect(planSteps(page).first().locator('.step-body')).toBeVisible();
    await expect(planSteps(page).first().getByRole('checkbox')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Maak mijn plan' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print je plan' })).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page explains the choice and links the guides', async ({ page }) => {
    await page.goto('/mijn-plan/?apps=facebook,instagram&gekoppeld=nee');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn plan');
    await expect(page.getByRole('heading', { name: 'Welke gids heb je nodig?' })).toBeVisible();
    const main = page.locator('main');
    await expect(main.getByRole('link', { name: 'Bezwaar maken op Facebook' })).toHaveAttribute(
      'href',
      '/gids/facebook/',
    );
    await expect(main.getByRole('link', { name: 'Bezwaar maken op Instagram' })).toHaveAttribute(
      'href',
      '/gids/instagram/',
    );
    await expect(main.getByRole('link', { name: 'Kijk in Instagram welke accounts gekoppeld zijn' })).toHaveAttribute(
      'href',
      '/gids/gekoppelde-accounts/#accountcentrum-controleren',
    );
    // A form that cannot show a plan without JavaScript is not shown, nor are the plans.
    await expect(page.getByRole('button', { name: 'Maak mijn plan' })).toBeHidden();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
  });
});

// Two tests, so that the two workers share the axe runs.
test('axe finds nothing on a plan with ticks set, light or dark', async ({ page }) => {
  await page.goto('/mijn-plan/?apps=facebook,instagram&gekoppeld=weet-ik-niet');
  await planSteps(page).nth(0).getByRole('checkbox').check();
  await planSteps(page).nth(2).getByRole('checkbox').check();
  await checkBothSchemes(page);
});

test('axe finds nothing on the questions with a hint, light or dark', async ({ page }) => {
  await page.goto('/mijn-plan/?apps=facebook,instagram&gekoppeld=misschien');
  await checkBothSchemes(page);
});

test.describe('opening the page holds still', () => {
  // Layout shift from the start (buffered), at a phone's size: the form without a plan, and a
  // shared plan, which the script puts together below the answers and then goes to.
  for (const path of ['/mijn-plan/', LINKED_PLAN]) {
    test(`${path}: nothing on screen moves (CLS budget 0.02)`, async ({ page }) => {
      await page.setViewportSize({ width: 412, height: 823 });
      // A slow phone's processor, as Lighthouse has it: the browser paints before the scripts run.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(path);
      if (path === LINKED_PLAN) await expect(page.locator('#jouw-plan .plan-summary')).toBeInViewport();
      else await expect(page.getByRole('heading', { name: 'Jouw antwoorden' })).toBeInViewport();
      const layoutShift = await watchLayoutShift(page, { buffered: true });
      await page.waitForTimeout(300);
      expect(await layoutShift()).toBeLessThanOrEqual(0.02);
    });
  }
});
