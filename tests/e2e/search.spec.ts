// Search as a reader uses it: Dutch words in, the right guide, step or question out, with a
// link that opens that very step. Checks the criteria in src/search/client/SearchPage.criteria.md.
import { expect, test, type Page } from '@playwright/test';
import { axeOn, axeViolations, layoutShiftSoFar, throttleLikeLighthousePhone, WCAG_TAGS } from './test-helpers';
import { loadQueries } from '../search/relevance';

const FAILED = /^Zoeken lukt nu niet\./;

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Zoek in de gidsen en vragen' });
const results = (page: Page) => page.locator('.search-result');
const pageLinks = (page: Page) => page.locator('.search-result-link');
const partLinks = (page: Page) => page.locator('.search-result-part-link');
const STATUS = (page: Page) => page.locator('[data-search-status]');

/** The page says the site has nothing on what was typed, once, and shows no results. */
async function expectNothingOn(page: Page, typed: string) {
  await expect(STATUS(page)).toHaveText(`Over ‘${typed}’ staat niets op deze site.`);
  await expect(page.locator('pagefind-summary')).toHaveText('Kies hieronder een vraag of gids.');
  await expect(results(page)).toHaveCount(0);
}

async function search(page: Page, query: string) {
  await page.goto(`/zoeken/?q=${encodeURIComponent(query)}`);
  await expect(results(page).first()).toBeVisible();
}

/** Results load their text when scrolled into view: scroll until every one has. */
async function loadAllResults(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const waiting = document.querySelector('.pf-result[aria-hidden="true"]');
        waiting?.scrollIntoView();
        return waiting === null;
      }),
    )
    .toBe(true);
}

test.describe('finding and ranking', () => {
  test('"instagram bezwaar" puts the Instagram guide first', async ({ page }) => {
    await search(page, 'instagram bezwaar');
    await expect(pageLinks(page).first()).toHaveAttribute('href', '/gids/instagram/');
  });

  test('"gekoppeld" puts the linked-accounts guide first', async ({ page }) => {
    await search(page, 'gekoppeld');
    await expect(pageLinks(page).first()).toHaveAttribute('href', '/gids/gekoppelde-accounts/');
  });

  test('"bezwaren" finds the steps where you object', async ({ page }) => {
    await search(page, 'bezwaren');
    await loadAllResults(page);
    const objectionSteps = partLinks(page).filter({ hasText: /^Stap \d+: .*bezwaar/i });
    await expect(objectionSteps.first()).toBeVisible();
    const hrefs = await objectionSteps.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.every((href) => /^\/gids\/[a-z-]+\/#[a-z0-9-]+$/.test(href ?? ''))).toBe(true);
  });

  test('"formulier" leads to the step that fills in the form', async ({ page }) => {
    await search(page, 'formulier');
    await loadAllResults(page);
    await expect(partLinks(page).and(page.locator('[href="/gids/facebook/#formulier"]'))).toBeVisible();
  });

  test('"kinderen" finds the FAQ answer about children', async ({ page }) => {
    await search(page, 'kinderen');
    await expect(pageLinks(page).first()).toHaveAttribute('href', '/vragen/');
    await expect(partLinks(page).first()).toHaveAttribute('href', /^\/vragen\/#[a-z0-9-]+$/);
  });

  test('a part of a compound finds the compound: "centrum" finds the Privacycentrum step', async ({ page }) => {
    await search(page, 'centrum');
    await loadAllResults(page);
    const step = page
      .locator('.search-result-part')
      .filter({ has: page.locator('[href="/gids/facebook/#privacycentrum"]') });
    await expect(step).toBeVisible();
    // The excerpt shows the word as written: no hyphen, only an invisible soft hyphen.
    const excerpt = (await step.locator('.search-result-excerpt').textContent()) ?? '';
    expect(excerpt.replaceAll('\u00AD', '')).toContain('Privacycentrum');
    expect(excerpt).not.toContain('-centrum');
    await expect(step.locator('mark').first()).toHaveText(/centrum/i);
  });

  test('only main content is indexed: button texts are not', async ({ page }) => {
    // Every step has a "Kopieer link naar stap N" button; no text on the site says "kopieer".
    await page.goto('/zoeken/?q=kopieer');
    await expectNothingOn(page, 'kopieer');
  });
});

test.describe('results link to steps and questions', () => {
  test('a step result opens the guide at that step', async ({ page }) => {
    await search(page, 'centrum');
    await loadAllResults(page);
    await page.locator('.search-result-part-link[href="/gids/facebook/#privacycentrum"]').click();
    await expect(page).toHaveURL(/\/gids\/facebook\/#privacycentrum$/);
    await expect(page.locator('li#privacycentrum')).toBeInViewport();
  });

  test('a question result opens the FAQ at that question', async ({ page }) => {
    await search(page, 'kinderen');
    const href = (await partLinks(page).first().getAttribute('href'))!;
    await partLinks(page).first().click();
    const id = href.split('#')[1]!;
    await expect(page).toHaveURL(new RegExp(`/vragen/#${id}$`));
    const question = page.locator(`section.question#${id}`);
    await expect(question).toBeInViewport();
    await expect(question).toContainText(/kinderen/i);
  });
});

test.describe('sharing a search', () => {
  test('/zoeken/?q=instagram runs that search on load', async ({ page }) => {
    await search(page, 'instagram');
    await expect(searchBox(page)).toHaveValue('instagram');
    await expect(page.locator('pagefind-summary')).toHaveText(/^\d+ resultaten?$/);
  });

  test('a shared link makes no Intl.Segmenter or Intl.NumberFormat (intl-patches.ts)', async ({ page }) => {
    // The first of each costs a phone about 100-200 ms of blocked main thread.
    await page.addInitScript(() => {
      const made: string[] = [];
      (window as unknown as { intlMade: string[] }).intlMade = made;
      for (const name of ['Segmenter', 'NumberFormat'] as const) {
        const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
        const Counted = function (...args: unknown[]) {
          made.push(name);
          return new Original(...args);
        };
        Object.defineProperty(Intl, name, { value: Counted, configurable: true, writable: true });
      }
    });
    await search(page, 'Bezwaar, Instagram!');
    await expect(page.locator('pagefind-summary')).toHaveText(/^\d+ resultaten$/);
    await expect(pageLinks(page).first()).toHaveAttribute('href', '/gids/instagram/');
    expect(await page.evaluate(() => (window as unknown as { intlMade: string[] }).intlMade)).toEqual([]);
  });

  test('typing a new search updates the address, so it can be shared', async ({ page }) => {
    await page.goto('/zoeken/');
    await searchBox(page).fill('gekoppeld');
    await expect(results(page).first()).toBeVisible();
    await expect(page).toHaveURL(/\/zoeken\/\?q=gekoppeld$/);
    await expect(page).toHaveTitle(/^gekoppeld · Zoeken/);
  });

  test('a shared link holds still on a slow phone and line (CLS budget 0.02)', async ({ page }) => {
    test.slow();
    // Lighthouse's phone: a 4× slower processor, 150 ms round trip, 1.6 Mbit/s, cold cache. The
    // texts of the results then come well after their boxes: a box that came in taller than
    // its placeholder pushed the one below it down (0.039 in most runs).
    await page.setViewportSize({ width: 412, height: 823 });
    const cdp = await page.context().newCDPSession(page);
    await throttleLikeLighthousePhone(cdp);
    // Three loads: the shift depended on which text came first.
    for (let run = 0; run < 3; run++) {
      await page.goto('/zoeken/?q=bezwaar');
      await expect(results(page).first()).toBeVisible({ timeout: 20_000 });
      // Every result on the screen has its text.
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              [...document.querySelectorAll('.pf-result[aria-hidden="true"]')].filter(
                (box) => box.getBoundingClientRect().top < innerHeight,
              ).length,
          ),
        )
        .toBe(0);
      await page.waitForTimeout(300);
      const shift = await layoutShiftSoFar(page);
      expect(shift.value, shift.moved.join('\n')).toBeLessThanOrEqual(0.02);
    }
  });

  test('the header search box of any page opens the search page with the query', async ({ page }) => {
    await page.goto('/gids/facebook/');
    const header = page.getByRole('banner');
    await header.getByRole('searchbox').fill('bevestiging');
    await header.getByRole('button', { name: 'Zoek' }).click();
    await expect(page).toHaveURL(/\/zoeken\/\?q=bevestiging$/);
    await expect(results(page).first()).toBeVisible();
  });
});

test.describe('keyboard', () => {
  test('type, arrow down into the results, open one with Enter', async ({ page }) => {
    await page.goto('/zoeken/');
    // Pagefind's box replaces the plain one: focus it once it is there, not the plain one it hides.
    await expect(page.locator('pagefind-input input')).toBeVisible();
    await searchBox(page).focus();
    await page.keyboard.type('formulier');
    // Wait for the search of the whole word, not an earlier one for a part of it that
    // would re-render the results under the keyboard.
    await expect(page).toHaveURL(/\/zoeken\/\?q=formulier$/);
    await expect(page.locator('pagefind-summary')).toHaveText(/^\d+ resultaten?$/);
    // Results load their text one by one. Until the first has, the arrow goes to the first
    // one that has, and the first then appears above it.
    await expect(page.locator('.pf-results > li').first().locator('.search-result-link')).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const first = pageLinks(page).first();
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(partLinks(page).first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(first).toBeFocused();
    const href = await first.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test('Tab reaches the search box, then every result link in order', async ({ page }) => {
    await search(page, 'kinderen');
    await searchBox(page).focus();
    await page.keyboard.press('Tab'); // the "Wissen" button
    await expect(page.getByRole('button', { name: 'Wissen' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(pageLinks(page).first()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(partLinks(page).first()).toBeFocused();
  });

  test('what was typed before search had loaded is kept, with the focus', async ({ page }) => {
    // Search's own script is held back until the reader has typed: a fixed delay raced the
    // page's load on a busy machine.
    let typed = () => {};
    const held = new Promise<void>((resolve) => (typed = resolve));
    await page.route('**/pagefind/pagefind-component-ui*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/zoeken/', { waitUntil: 'domcontentloaded' });
    // The plain box, shown at once; search itself is still loading.
    await searchBox(page).fill('kinderen');
    typed();
    await expect(results(page).first()).toBeVisible();
    await expect(searchBox(page)).toBeFocused();
    await expect(searchBox(page)).toHaveValue('kinderen');
    await expect(page.getByRole('button', { name: 'Wissen' })).toBeVisible();
    await expect(page).toHaveURL(/\/zoeken\/\?q=kinderen$/);
  });

  test('Escape clears the search', async ({ page }) => {
    await search(page, 'instagram');
    await searchBox(page).focus();
    await page.keyboard.press('Escape');
    await expect(searchBox(page)).toHaveValue('');
    await expect(results(page)).toHaveCount(0);
    await expect(page).toHaveURL(/\/zoeken\/$/);
  });
});

test.describe('screen readers', () => {
  test('hear the number of results, and only that', async ({ page }) => {
    await page.addInitScript(() => {
      // Pagefind empties its live regions after a moment: note every text they get.
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      new MutationObserver(() => {
        document.querySelectorAll('[data-pagefind-announcer] [aria-live]').forEach((region) => {
          const text = region.textContent?.trim();
          if (text && heard.at(-1) !== text) heard.push(text);
        });
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await search(page, 'instagram bezwaar');
    const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    await expect.poll(heard).toHaveLength(1);
    expect((await heard())[0]).toMatch(/^\d+ resultaten$/);
    expect(await page.locator('[data-pagefind-announcer] [aria-live="polite"]').count()).toBeGreaterThan(0);
  });

  test('the search box has a visible label and the results list a name', async ({ page }) => {
    await search(page, 'formulier');
    await expect(page.locator('pagefind-input label')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Zoekresultaten' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Zoeken' })).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the search page with results has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await search(page, 'bezwaar');
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(axeOn(page).withTags(WCAG_TAGS))).toEqual([]);
  });
}

test.describe('loading only when needed', () => {
  for (const path of ['/', '/gids/facebook/', '/vragen/']) {
    test(`${path} fetches no search code or index`, async ({ page }) => {
      const searchFiles: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/pagefind/')) searchFiles.push(request.url());
      });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await page.getByRole('banner').getByRole('searchbox').focus();
      await page.waitForTimeout(300);
      expect(searchFiles).toEqual([]);
    });
  }

  test('the search page runs under its CSP, WebAssembly included', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|CSP/i.test(message.text())) violations.push(message.text());
    });
    await search(page, 'formulier');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(violations).toEqual([]);
  });
});

test.describe('when search cannot load', () => {
  for (const [what, pattern] of [
    ['offline', '**/pagefind/**'],
    ['the index is missing', '**/pagefind/index/**'],
    ['the WebAssembly is missing', '**/pagefind/*.pagefind'],
  ] as const) {
    test(`says so in Dutch and offers the guides (${what})`, async ({ page }) => {
      await page.route(pattern, (route) => route.abort('internetdisconnected'));
      await page.goto('/zoeken/?q=formulier');
      const alert = page.getByRole('alert');
      await expect(alert).toHaveText(FAILED);
      await expect(page.getByRole('link', { name: 'Bezwaar maken op Facebook' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Alle vragen en antwoorden' })).toBeVisible();
      // What was typed stays, in a plain form that can try again.
      await expect(searchBox(page)).toHaveValue('formulier');
      // Not "no results": that would blame the query.
      await expect(page.locator('pagefind-summary')).toBeHidden();
    });
  }

  test('a missing file (404) counts as a failure too', async ({ page }) => {
    await page.route('**/pagefind/fragment/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto('/zoeken/?q=formulier');
    await expect(page.getByRole('alert')).toHaveText(FAILED);
  });
});

test.describe('hostile input', () => {
  const hostile = '<img src=x onerror="window.hacked=1">';

  test('stays text when typed', async ({ page }) => {
    await page.goto('/zoeken/');
    await searchBox(page).fill(hostile);
    await expect(page.locator('pagefind-summary')).toHaveText(/Kies hieronder een vraag of gids|\d+ resultaa?t(en)?$/);
    await expect(page.locator('main img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    await expect(searchBox(page)).toHaveValue(hostile);
  });

  test('stays text when it comes in the address', async ({ page }) => {
    await page.goto(`/zoeken/?q=${encodeURIComponent(hostile)}`);
    await expect(searchBox(page)).toHaveValue(hostile);
    await expect(page.locator('pagefind-summary')).not.toBeEmpty();
    await expect(page.locator('main img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.title()).toContain(hostile);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says so and links every guide and the FAQ', async ({ page }) => {
    await page.goto('/zoeken/?q=formulier');
    // In <noscript>, where Playwright's text matching does not look: find it by class.
    const message = page.locator('main .search-message');
    await expect(message).toBeVisible();
    await expect(message).toHaveText(/^Zoeken werkt nu niet in deze browser\./);
    await expect(page.getByRole('link', { name: 'Bezwaar maken op Facebook' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Bezwaar maken op Instagram' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Alle vragen en antwoorden' })).toBeVisible();
    // No search box that would do nothing: only the header's, which leads here.
    await expect(page.getByRole('main').getByRole('searchbox')).toHaveCount(0);
  });

  test('the header search box is a plain form that reaches the search page', async ({ page }) => {
    await page.goto('/vragen/');
    const header = page.getByRole('banner');
    await header.getByRole('searchbox').fill('whatsapp');
    await header.getByRole('button', { name: 'Zoek' }).click();
    await expect(page).toHaveURL(/\/zoeken\/\?q=whatsapp$/);
  });
});

/** The links the reader sees in the first three results: each page and its steps or questions. */
async function topThreeLinks(page: Page): Promise<string[]> {
  await loadAllResults(page);
  const links = page.locator('.search-result').filter({ has: page.locator('.search-result-link') });
  const hrefs: string[] = [];
  for (const result of (await links.all()).slice(0, 3)) {
    for (const link of await result.locator('a').all()) hrefs.push((await link.getAttribute('href')) ?? '');
  }
  return hrefs;
}

/**
 * With the page's clock installed: nothing at 6.5 s, "Zoeken lukt nu niet" by 9 s, the typed
 * text kept. The clock is paused first: an installed clock also runs on by itself, so on a
 * loaded machine the real seconds spent here would count towards the 8 s.
 */
async function failsAfterEightSeconds(page: Page, typed: string) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  // Half a second ahead, so that the clock has not passed that point before it is paused.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 500));
  await page.clock.runFor(6_000);
  await expect(page.getByRole('alert')).toBeEmpty();
  await page.clock.runFor(2_500);
  await expect(page.getByRole('alert')).toHaveText(FAILED);
  await expect(searchBox(page)).toHaveValue(typed);
}

test.describe('words readers type (issue 9)', () => {
  test('"faceboek" finds the Facebook guide and says what it searched for', async ({ page }) => {
    await search(page, 'faceboek');
    await expect(STATUS(page)).toHaveText('Geen resultaten voor ‘faceboek’. We zochten op ‘facebook’.');
    await expect(pageLinks(page).first()).toHaveAttribute('href', '/gids/facebook/');
    await expect(searchBox(page)).toHaveValue('faceboek');
    // Said above the results, where the reader looks first.
    const said = await STATUS(page).boundingBox();
    const firstResult = await pageLinks(page).first().boundingBox();
    expect(said!.y).toBeLessThan(firstResult!.y);
  });

  test('a typo of a reader’s word is corrected to it, and that word is understood ("vasle" → "valse" → "nep")', async ({
    page,
  }) => {
    await search(page, 'vasle mail');
    await expect(STATUS(page)).toHaveText('Geen resultaten voor ‘vasle’. We zochten op ‘valse’.');
    // "valse" is the site's "nep": the question about fake mails is among the first shown.
    await expect(pageLinks(page).first()).toHaveAttribute('href', '/vragen/');
    await expect(page.locator('pagefind-results a[href="/vragen/#echt-formulier"]').first()).toBeVisible();
    await expect(searchBox(page)).toHaveValue('vasle mail');
  });

  test('a real word on no page is named, never "corrected", and the other words are searched', async ({ page }) => {
    await search(page, 'televisie privacycentrum');
    await expect(STATUS(page)).toHaveText('‘televisie’ staat niet op deze site. We zochten op de andere woorden.');
    await expect(pageLinks(page).first()).toHaveAttribute('href', /^\/gids\//);
    await expect(searchBox(page)).toHaveValue('televisie privacycentrum');
  });

  test('the people a reader asks for lead to the answers, not to "nothing on this"', async ({ page }) => {
    await search(page, 'mijn opa wil bezwaar maken');
    await expect(STATUS(page)).toBeEmpty();
    // They are searched as the site's ‘iemand’: the question about helping someone comes first.
    await expect(pageLinks(page).first()).toHaveAttribute('href', '/vragen/');
    await expect(page.locator('pagefind-results a[href="/vragen/#iemand-anders-helpen"]')).toBeVisible();
  });

  test('"bezwaar" shows both main guides first', async ({ page }) => {
    await search(page, 'bezwaar');
    await expect(pageLinks(page).nth(1)).toBeVisible();
    const firstTwo = [
      await pageLinks(page).nth(0).getAttribute('href'),
      await pageLinks(page).nth(1).getAttribute('href'),
    ];
    expect(firstTwo.sort()).toEqual(['/gids/facebook/', '/gids/instagram/']);
  });

  for (const query of loadQueries().filter((entry) => entry.kind === 'issue' && entry.answers.length > 0)) {
    test(`"${query.query}" shows its answer in the first three results`, async ({ page }) => {
      await search(page, query.query);
      const shown = await topThreeLinks(page);
      expect(
        shown.some((href) => query.answers.includes(href)),
        shown.join(' '),
      ).toBe(true);
    });
  }

  test('editors’ keywords never show in results', async ({ page }) => {
    // "phishing" and "kettingbrief" are keywords only: on no page, but they find answers.
    for (const query of ['phishing', 'kettingbrief']) {
      await search(page, query);
      await loadAllResults(page);
      const text = (await page.locator('pagefind-results').innerText()).toLowerCase();
      expect(text).not.toContain(query);
      expect(text).not.toContain('\u2060');
    }
  });

  test('a topic editors name as not covered (content/not-covered.yaml) says so, though its words are on the site', async ({
    page,
  }) => {
    await page.goto('/zoeken/?q=facebook%20account%20verwijderen');
    await expectNothingOn(page, 'facebook account verwijderen');
    await expect(
      page.locator('[data-search-help]').getByRole('heading', { name: 'Vaak gestelde vragen' }),
    ).toBeVisible();
    await expect(searchBox(page)).toHaveValue('facebook account verwijderen');
    // Its words alone still find the site's answers.
    await searchBox(page).fill('verwijderen');
    await expect(results(page).first()).toBeVisible();
  });

  test('a topic the site lacks: says so, with the most asked questions, the menu guide and all guides', async ({
    page,
  }) => {
    await page.goto('/zoeken/?q=tiktok');
    await expectNothingOn(page, 'tiktok');
    const help = page.locator('[data-search-help]');
    await expect(help.getByRole('heading', { name: 'Vaak gestelde vragen' })).toBeVisible();
    await expect(help.getByRole('link', { name: 'Is het te laat om bezwaar te maken?' })).toBeVisible();
    await expect(help.getByRole('link', { name: 'Het menu ziet er anders uit' }).first()).toBeVisible();
    await expect(help.getByRole('link', { name: 'Bezwaar maken op Facebook' })).toBeVisible();
    await expect(help.getByRole('link', { name: 'Alle vragen en antwoorden' })).toHaveAttribute('href', '/vragen/');
    const { violations } = await axeOn(page).withTags(WCAG_TAGS).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    // A search that finds something hides the help again.
    await searchBox(page).fill('facebook');
    await expect(results(page).first()).toBeVisible();
    await expect(help).toBeHidden();
  });
});

test.describe('slow or broken search files', () => {
  test('the loading text shows at once, before Pagefind has loaded', async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/zoeken/?q=formulier');
    await expect(STATUS(page)).toHaveText('Even zoeken…');
    release();
    await expect(results(page).first()).toBeVisible();
    await expect(STATUS(page)).toHaveText('');
  });

  test('a file that does not answer: after about 8 s the failure message, with the typed text kept', async ({
    page,
  }) => {
    await page.clock.install();
    // The WebAssembly never arrives; everything else does.
    await page.route('**/pagefind/*.pagefind', () => new Promise<void>(() => {}));
    // Pagefind asks for its metadata along with the WebAssembly: once that has come, only the
    // WebAssembly is outstanding and every other file has restarted the wait.
    const metaArrived = page.waitForResponse('**/pagefind/*.pf_meta');
    await page.goto('/zoeken/?q=formulier');
    await metaArrived;
    // Our text until Pagefind's UI is there, then Pagefind's summary says it.
    await expect(
      page.locator('[data-search-status], pagefind-summary').filter({ hasText: 'Even zoeken…' }),
    ).toBeVisible();
    await failsAfterEightSeconds(page, 'formulier');
    await expect(page.getByRole('link', { name: 'Bezwaar maken op Facebook' })).toBeVisible();
    await expect(STATUS(page)).toHaveText('');
  });

  test('a fragment that never answers: after 8 s the failure message, not empty boxes, text kept', async ({ page }) => {
    await page.clock.install();
    await page.route('**/pagefind/fragment/**', () => new Promise<void>(() => {}));
    const asked = page.waitForRequest('**/pagefind/fragment/**');
    await page.goto('/zoeken/?q=formulier');
    await asked;
    await failsAfterEightSeconds(page, 'formulier');
    await expect(page.locator('pagefind-results')).toBeHidden();
    await expect(page.locator('pagefind-summary')).toBeHidden();
  });

  for (const [what, pattern] of [
    ['metadata', '**/pagefind/*.pf_meta'],
    ['index', '**/pagefind/index/**'],
  ] as const) {
    test(`a corrupt ${what} file shows the failure message within 9 s, never "nothing found"`, async ({ page }) => {
      await page.clock.install();
      await page.route(pattern, (route) =>
        route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from('half an upload') }),
      );
      await page.goto('/zoeken/?q=formulier');
      await page.waitForLoadState('networkidle');
      await page.clock.runFor(9_000);
      await expect(page.getByRole('alert')).toHaveText(FAILED);
      await expect(searchBox(page)).toHaveValue('formulier');
      await expect(page.getByText(/staat niets op deze site|Kies hieronder een vraag/)).toBeHidden();
    });
  }

  test('a corrupt fragment shows the failure message, not empty result boxes', async ({ page }) => {
    await page.route('**/pagefind/fragment/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/octet-stream',
        body: Buffer.from('not a fragment at all'),
      }),
    );
    await page.goto('/zoeken/?q=formulier');
    await expect(page.getByRole('alert')).toHaveText(FAILED);
    await expect(searchBox(page)).toHaveValue('formulier');
    await expect(page.locator('pagefind-results')).toBeHidden();
  });
});
