// Small screens, large text and Windows high contrast (WCAG 1.4.10 Reflow, 1.4.4 Resize text,
// and forced colours): nothing scrolls sideways at 320 px, no heading runs off a 360 px screen
// at 200 % text, no heading splits a short word at 320 px and 200 % text, and the marked step
// stays visible in forced colours.
import { expect, test, type Page } from '@playwright/test';
import { SITEMAP_PATHS } from './site-pages';

/** Pages whose content a script adds: a plan with every kind of section, search results. */
const FILLED_PATHS = ['/mijn-plan/?apps=facebook,instagram&gekoppeld=weet-ik-niet', '/zoeken/?q=bezwaar'];

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of [...SITEMAP_PATHS, ...FILLED_PATHS]) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      if (path.includes('?q=')) await expect(page.locator('main li').first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});

/** Headings (and their text) whose right edge lies past the viewport, or whose text overflows their box. */
function headingsRunningOff(page: Page) {
  return page.locator('main').evaluate((main) => {
    const width = document.documentElement.clientWidth;
    return [...main.querySelectorAll<HTMLElement>('h1, h2, h3')]
      .filter((heading) => heading.getClientRects().length > 0)
      .filter((heading) => {
        const range = document.createRange();
        range.selectNodeContents(heading);
        const right = Math.max(heading.getBoundingClientRect().right, range.getBoundingClientRect().right);
        return right > width + 0.5 || heading.scrollWidth > heading.clientWidth + 1;
      })
      .map((heading) => heading.textContent?.trim());
  });
}

test.describe('at 360 px wide with text at 200 %', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  // Every page, helper sheets included, and the pages a script fills.
  for (const path of [...SITEMAP_PATHS, ...FILLED_PATHS]) {
    test(`${path}: no heading runs off the screen, nothing scrolls sideways`, async ({ page }) => {
      await page.goto(path);
      // Search results with their text: long words in an excerpt once widened the page.
      if (path.includes('?q=')) await expect(page.locator('.search-result-excerpt').first()).toBeVisible();
      // As a phone's text size setting does (the CSP forbids adding a <style>; the CSSOM may).
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      await expect(page.locator('main h1, main h2').first()).toBeVisible();
      expect(await headingsRunningOff(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }
});

/** Words of at most `longest` letters in a heading that the browser split over two lines. */
function headingWordsBroken(page: Page, longest: number) {
  return page.locator('main').evaluate((main, longest) => {
    const broken: string[] = [];
    for (const heading of main.querySelectorAll<HTMLElement>('h1, h2')) {
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // A hyphen or a space is a fine place to break: "e-mailadres" may end a line at "e-".
        for (const word of (node.textContent ?? '').matchAll(/[\p{L}\p{N}’']+/gu)) {
          if (word[0].length > longest) continue;
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set(
            [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
          );
          if (lines.size > 1) broken.push(`${heading.tagName.toLowerCase()}: ${word[0]}`);
        }
      }
    }
    return broken;
  }, longest);
}

test.describe('at 320 px wide with text at 200 %', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  // A long compound may break; "Facebook" or "Instagram" must move whole to the next line.
  for (const path of [...SITEMAP_PATHS, ...FILLED_PATHS]) {
    test(`${path}: no heading breaks inside a word of up to 12 letters, nothing scrolls sideways`, async ({ page }) => {
      await page.goto(path);
      if (path.includes('?q=')) await expect(page.locator('.search-result-excerpt').first()).toBeVisible();
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      await expect(page.locator('main h1, main h2').first()).toBeVisible();
      expect(await headingWordsBroken(page, 12)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});

test.describe('forced colours (Windows high contrast)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the marked step keeps an outline in Highlight; other steps get no borders (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ forcedColors: 'active', colorScheme });
      await page.goto('/gids/facebook/#privacycentrum');
      const system = await page.evaluate(() => {
        const probe = document.createElement('p');
        probe.style.forcedColorAdjust = 'none';
        document.body.append(probe);
        const color = (name: string) => {
          probe.style.color = name;
          return getComputedStyle(probe).color;
        };
        const colors = { highlight: color('Highlight'), canvasText: color('CanvasText') };
        probe.remove();
        return colors;
      });
      expect(system.highlight).not.toBe(system.canvasText);

      const marked = await page.locator('li#privacycentrum').evaluate((step) => {
        const style = getComputedStyle(step);
        return {
          target: step.matches(':target'),
          style: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
          color: style.outlineColor,
        };
      });
      expect(marked).toMatchObject({ target: true, style: 'solid', color: system.highlight });
      expect(marked.width).toBeGreaterThanOrEqual(2);

      const borders = await page.locator('li.step:not(:target)').evaluateAll((steps) =>
        steps.flatMap((step) => {
          const style = getComputedStyle(step);
          return (['Top', 'Right', 'Bottom', 'Left'] as const)
            .filter((side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0)
            .map((side) => ({
              step: step.id,
              side,
              color: style.getPropertyValue(`border-${side.toLowerCase()}-color`),
            }));
        }),
      );
      expect(borders.filter((border) => border.color === system.canvasText)).toEqual([]);
    });
  }
});
