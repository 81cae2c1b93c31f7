// "Lees voor" with a stand-in for speechSynthesis (fake-speech.ts) that records what the page
// says: what is read and in which order, in Dutch, with the step marked and its button "Stop";
// one thing at a time; and no button at all without a Dutch voice on the device.
import { expect, test, type Page } from '@playwright/test';
import {
  EN_US,
  NL_BE,
  NL_NL,
  NL_ONLINE,
  finishAll,
  installFakeSpeech,
  spokenTexts,
  type FakeSpeechOptions,
} from './fake-speech';
import { axeOn, axeViolations, WCAG_TAGS, watchErrors, watchLayoutShift } from './test-helpers';

const GUIDE = '/gids/facebook/';
const readButtons = (page: Page) => page.locator('[data-read-aloud]');
const step = (page: Page, id: string) => page.locator(`li#${id}`);
const readStep = (page: Page, id: string) => step(page, id).locator('[data-read-aloud]');
const readAll = (page: Page) => page.locator('[data-read-aloud="all"]');

async function open(page: Page, path: string, options: FakeSpeechOptions = { voices: [NL_BE, NL_NL] }) {
  await installFakeSpeech(page, options);
  await page.goto(path);
}

/** The reader starts to scroll, with a key: buttons that waited for it come (read-aloud-check.ts). */
async function readerScrolls(page: Page) {
  await page.keyboard.press('ArrowDown');
}

/** Waits until the page's voice check has run (after `load`, in after-load.ts). */
async function voicesAsked(page: Page) {
  await expect.poll(() => page.evaluate(() => window.fakeSpeech.asked)).toBeGreaterThan(0);
}

/** Waits until the page has said `count` utterances (empty ones left out). */
async function waitForSpoken(page: Page, count: number) {
  await expect.poll(async () => (await spokenTexts(page)).length).toBeGreaterThanOrEqual(count);
  return spokenTexts(page);
}

/** The steps with the read-aloud mark: an outline of at least 3 px. */
function markedSteps(page: Page) {
  return page.locator('li.step').evaluateAll((steps) =>
    steps
      .filter((item) => {
        const style = getComputedStyle(item);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 3;
      })
      .map((item) => item.id),
  );
}

test.describe('with a Dutch voice', () => {
  test('shows a button on every step, above the steps and on every answer', async ({ page }) => {
    await open(page, GUIDE);
    const steps = await page.locator('li.step').count();
    await expect(page.locator('li.step [data-read-aloud]:visible')).toHaveCount(steps);
    await expect(readAll(page)).toBeVisible();
    await open(page, '/vragen/');
    const questions = await page.locator('section.question').count();
    expect(questions).toBeGreaterThan(10);
    await expect(page.locator('section.question').getByRole('button', { name: 'Lees voor' })).toHaveCount(questions);
  });

  test('loads the speech script only on the first tap, from the site itself', async ({ page, baseURL }) => {
    const scripts: string[] = [];
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/read-aloud.')) scripts.push(request.url());
      if (new URL(request.url()).origin !== new URL(baseURL!).origin) foreign.push(request.url());
    });
    await open(page, GUIDE);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    await readStep(page, 'inloggen').click();
    await waitForSpoken(page, 1);
    await finishAll(page);
    expect(scripts).toHaveLength(1);
    expect(foreign).toEqual([]);
  });

  test('reads a step: "Stap 3 van 8", its title and its text, in Dutch, sentence by sentence', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, GUIDE);
    const item = step(page, 'privacycentrum');
    const title = (await item.locator('[data-step-title]').textContent())!.trim();
    await readStep(page, 'privacycentrum').click();
    await waitForSpoken(page, 1);
    await finishAll(page);
    const spoken = await spokenTexts(page);
    expect(spoken.map((utterance) => utterance.text)).toEqual([
      'Stap 3 van 8',
      title,
      'Je bent in Facebook bij Instellingen.',
      'Kies daar Privacycentrum.',
      'Tik of klik erop om het te openen.',
    ]);
    // The nl-NL voice, though the device lists nl-BE first; every utterance says it is Dutch.
    for (const utterance of spoken) expect(utterance).toMatchObject({ lang: 'nl-NL', voice: NL_NL.name });
    expect(errors).toEqual([]);
  });

  test('leaves out what is not content: labels, buttons, captions, the place line', async ({ page }) => {
    await open(page, `${GUIDE}#formulier`);
    await readStep(page, 'formulier').click();
    await waitForSpoken(page, 1);
    await finishAll(page);
    const said = (await spokenTexts(page)).map((utterance) => utterance.text).join(' | ');
    expect(said).toContain('Onze tip:');
    // The sr-only "Stap 5: " before the title, "Stap 5 van 8 · Bezwaar maken op Facebook" (shown
    // on a deep link), the drawing's caption, the checkbox, report link and buttons.
    const visibleLabels = await step(page, 'formulier')
      .locator('.step-place, figcaption, .step-checkbox, .step-report, copy-link')
      .allInnerTexts();
    expect(visibleLabels.length).toBeGreaterThan(3);
    for (const label of [...visibleLabels, 'Stap 5:', 'Lees voor', 'Stop', 'Gedaan', 'Kopieer link']) {
      if (label.trim()) expect(said).not.toContain(label.trim());
    }
  });

  test('says words from the pronunciation list the way the list says', async ({ page }) => {
    await open(page, '/vragen/#wat-is-ai');
    await voicesAsked(page);
    await readerScrolls(page);
    await page.locator('section#wat-is-ai').getByRole('button', { name: 'Lees voor' }).click();
    await waitForSpoken(page, 1);
    await finishAll(page);
    const spoken = (await spokenTexts(page)).map((utterance) => utterance.text);
    // An answer has no "Stap …": the question comes first.
    expect(spoken[0]).toBe('Wat is aa ie, en wat betekent trainen?');
    expect(spoken).toContain('aa ie staat voor kunstmatige intelligentie.');
    expect(spoken.join(' ')).not.toMatch(/\bAI\b/);
  });

  test('marks the step being read, scrolls to it and makes its button "Stop"', async ({ page }) => {
    await open(page, GUIDE);
    const button = readStep(page, 'verzenden');
    await button.click();
    await waitForSpoken(page, 1);
    await expect(button).toHaveText('Stop');
    await expect(step(page, 'verzenden')).toBeInViewport();
    expect(await markedSteps(page)).toEqual(['verzenden']);
    await finishAll(page);
    await expect(button).toHaveText('Lees voor');
    expect(await markedSteps(page)).toEqual([]);
  });

  test('Stop ends the reading at once', async ({ page }) => {
    await open(page, GUIDE);
    const button = readStep(page, 'bezwaar-te-maken');
    await button.click();
    const before = await waitForSpoken(page, 1);
    await button.click();
    await expect(button).toHaveText('Lees voor');
    expect(await page.evaluate(() => window.fakeSpeech.current())).toBeNull();
    expect(await markedSteps(page)).toEqual([]);
    // Nothing more is said after Stop.
    await page.waitForTimeout(200);
    expect(await spokenTexts(page)).toEqual(before);
  });

  test('reads one thing at a time: a second button stops the first', async ({ page }) => {
    await open(page, GUIDE);
    await readStep(page, 'instellingen').click();
    await waitForSpoken(page, 1);
    await readStep(page, 'reden').click();
    await expect(readStep(page, 'instellingen')).toHaveText('Lees voor');
    await expect(readStep(page, 'reden')).toHaveText('Stop');
    const spoken = await waitForSpoken(page, 2);
    expect(spoken.map((utterance) => utterance.text)).toEqual(['Stap 2 van 8', 'Stap 6 van 8']);
    expect(await markedSteps(page)).toEqual(['reden']);
  });

  test('"Lees alle stappen voor" reads every step in order, marking each, and Stop ends it', async ({ page }) => {
    await open(page, GUIDE);
    const ids = await page.locator('li.step').evaluateAll((steps) => steps.map((item) => item.id));
    await readAll(page).click();
    await waitForSpoken(page, 1);
    const seen: string[] = [];
    for (let guard = 0; guard < 400; guard++) {
      const current = await page.evaluate(() => window.fakeSpeech.current());
      if (current === null) break;
      const place = /^Stap (\d+) van (\d+)$/.exec(current);
      if (place) {
        const id = ids[Number(place[1]) - 1]!;
        expect(place[2]).toBe(String(ids.length));
        expect(await markedSteps(page)).toEqual([id]);
        await expect(step(page, id)).toBeInViewport();
        await expect(readStep(page, id)).toHaveText('Stop');
        await expect(readAll(page)).toHaveText('Stop');
        seen.push(id);
      }
      await page.evaluate(() => window.fakeSpeech.finish());
      await page.waitForTimeout(5);
    }
    expect(seen).toEqual(ids);
    await expect(readAll(page)).toHaveText('Lees alle stappen voor');
    expect(await markedSteps(page)).toEqual([]);

    // Again, and stop it during step 2 with the same button.
    await readAll(page).click();
    await waitForSpoken(page, 1);
    await page.evaluate(() => window.fakeSpeech.finish());
    await page.evaluate(() => window.fakeSpeech.finish());
    await expect(readAll(page)).toHaveText('Stop');
    await readAll(page).click();
    await expect(readAll(page)).toHaveText('Lees alle stappen voor');
    expect(await page.evaluate(() => window.fakeSpeech.current())).toBeNull();
    expect(await markedSteps(page)).toEqual([]);
  });

  test('leaving the page, hiding it or Escape stops the reading', async ({ page }) => {
    await open(page, GUIDE);
    const button = readStep(page, 'inloggen');
    const stopsOn = async (leave: () => Promise<unknown>) => {
      await button.click();
      await expect(button).toHaveText('Stop');
      await expect.poll(() => page.evaluate(() => window.fakeSpeech.current())).not.toBeNull();
      await leave();
      await expect(button).toHaveText('Lees voor');
      expect(await page.evaluate(() => window.fakeSpeech.current())).toBeNull();
    };
    await stopsOn(() => page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }))));
    await stopsOn(() =>
      page.evaluate(() => {
        Object.defineProperty(document, 'hidden', { value: true, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
        Object.defineProperty(document, 'hidden', { value: false, configurable: true });
      }),
    );
    await stopsOn(() => page.keyboard.press('Escape'));
  });

  test('shows the buttons when a Dutch voice arrives later (voiceschanged)', async ({ page }) => {
    await open(page, GUIDE, { voices: [NL_NL], late: true });
    await voicesAsked(page);
    await expect(readButtons(page)).toHaveCount(0);
    await page.evaluate((voice) => window.fakeSpeech.addVoices([voice]), NL_NL);
    await expect(readAll(page)).toBeVisible();
    await readStep(page, 'inloggen').click();
    const [first] = await waitForSpoken(page, 1);
    expect(first).toMatchObject({ text: 'Stap 1 van 8', lang: 'nl-NL', voice: NL_NL.name });
  });

  // The buttons come after `load`: on the first screen of a guide, and where a shared link to a
  // step or an answer has scrolled the page, past other steps that get a button too.
  for (const { path, ...viewport } of [
    { path: GUIDE, width: 412, height: 915 },
    { path: GUIDE, width: 1280, height: 720 },
    { path: `${GUIDE}#bezwaar-te-maken`, width: 320, height: 640 },
    { path: `${GUIDE}#bezwaar-te-maken`, width: 360, height: 740 },
    { path: `${GUIDE}#bezwaar-te-maken`, width: 412, height: 915 },
    { path: '/vragen/#gekaapt-account', width: 360, height: 740 },
    { path: '/vragen/', width: 1280, height: 720 },
  ]) {
    test(`a voice arriving late barely moves ${path} at ${viewport.width} px (CLS budget 0.02)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await open(page, path, { voices: [NL_NL], late: true });
      await voicesAsked(page);
      const layoutShift = await watchLayoutShift(page);
      // What the reader looks at: the element a third down the window, and where it is.
      const view = () =>
        page.evaluate(() => {
          const seen = window as unknown as { seen?: Element | null };
          const element = document.elementFromPoint(innerWidth / 2, innerHeight / 3);
          seen.seen ??= element;
          return { same: element === seen.seen, top: element?.getBoundingClientRect().top };
        });
      const before = await view();
      await page.evaluate((voice) => window.fakeSpeech.addVoices([voice]), NL_NL);
      await expect(readButtons(page).first()).toBeAttached();
      await page.waitForTimeout(100);
      expect(await view(), 'what the reader looked at').toEqual(before);
      const shift = await layoutShift();
      console.log(`${path} at ${viewport.width} px: layout shift when the buttons appear ${shift.toFixed(4)}`);
      expect(shift).toBeLessThanOrEqual(0.02);
      // Buttons whose place was in sight without room come once the reader scrolls: then every
      // step and answer has one, and a guide one for all its steps.
      await readerScrolls(page);
      const items = await page.locator('li.step, section.question').count();
      const all = path.startsWith(GUIDE) ? 1 : 0;
      await expect(readButtons(page)).toHaveCount(items + all);
    });
  }
});

test.describe('without a Dutch voice on the device', () => {
  const cases: [string, FakeSpeechOptions][] = [
    ['only an English voice', { voices: [EN_US] }],
    ['only an online Dutch voice (it would send the text away)', { voices: [EN_US, NL_ONLINE] }],
    ['no voices at all', { voices: [] }],
    ['no speechSynthesis', { absent: true }],
  ];
  for (const [name, options] of cases) {
    test(`${name}: no button`, async ({ page }) => {
      const errors = watchErrors(page);
      await open(page, GUIDE, options);
      await expect(page.locator('li.step').first()).toBeVisible();
      if (options.absent) {
        // Nothing to ask: the check ends at once. That its file did load and run is the point.
        await page.waitForLoadState('load');
        await expect
          .poll(() =>
            page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('after-load'))),
          )
          .toBe(true);
      } else {
        await voicesAsked(page);
      }
      await expect(readButtons(page)).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('no button', async ({ page }) => {
      await page.goto(GUIDE);
      await expect(page.locator('li.step').first()).toBeVisible();
      await page.waitForLoadState('load');
      await expect(readButtons(page)).toHaveCount(0);
    });
  });
});

test.describe('layout and accessibility with the buttons', () => {
  // One load per page: 320 px first, then 200 % text at 360 px.
  for (const path of [GUIDE, '/vragen/']) {
    test(`${path}: axe passes at 320 px and at 200 % text, nothing runs off the screen`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await open(page, path);
      await expect(readButtons(page).first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await axeViolations(axeOn(page).withTags(WCAG_TAGS)), '320 px').toEqual([]);

      await page.setViewportSize({ width: 360, height: 740 });
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      await expect(readButtons(page).first()).toBeVisible();
      const tooWide = await readButtons(page).evaluateAll((buttons) =>
        buttons.filter((button) => button.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5),
      );
      expect(tooWide).toHaveLength(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await axeViolations(axeOn(page).withTags(WCAG_TAGS)), '200 % text').toEqual([]);
    });
  }

  test('forced colours: axe passes and the step being read keeps a visible outline', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await open(page, GUIDE);
    await readStep(page, 'reden').click();
    await waitForSpoken(page, 1);
    const outline = await step(page, 'reden').evaluate((item) => {
      const style = getComputedStyle(item);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
    });
    const canvasText = await page.evaluate(() => {
      const probe = document.createElement('p');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    });
    expect(outline).toEqual({ style: 'solid', width: 4, color: canvasText });
    const { violations } = await axeOn(page).withTags(WCAG_TAGS).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });

  test('a deep-linked step keeps its first screen: the buttons sit below its text', async ({ context }) => {
    const titleTop = async (options: FakeSpeechOptions) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 320, height: 640 });
      await open(page, `${GUIDE}#bezwaar-te-maken`, options);
      await expect(readStep(page, 'bezwaar-te-maken')).toBeVisible({ visible: options.voices!.length > 0 });
      const title = page.locator('li#bezwaar-te-maken [data-step-title]');
      await expect(title).toBeInViewport();
      return (await title.boundingBox())!.y;
    };
    const without = await titleTop({ voices: [] });
    const withButtons = await titleTop({ voices: [NL_NL] });
    expect(Math.abs(withButtons - without)).toBeLessThanOrEqual(1);
  });
});
