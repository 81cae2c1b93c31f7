// Small screens, large text and Windows high contrast (WCAG 1.4.10 Reflow, 1.4.4 Resize text,
// and forced colours): nothing scrolls sideways at 320 px, no heading runs off a 360 px screen
// at 200 % text, no heading splits a short word at 320 px and 200 % text, and the marked step
// stays visible in forced colours.
import { expect, test, type Page } from '@playwright/test';
import { SITEMAP_PATHS } from './site-pages';

/** Pages whose content a script adds: a plan with every kind of section, search results. */
const FILLED_PATHS = ['/mijn-plan/?apps=facebook,instagram&gekoppeld=weet-ik-niet', '/zoeken/?q=bezwaar'];

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

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

// Every page, helper sheets included, and the pages a script fills; one page load for all
// three checks, resizing in between as a phone turned or zoomed would.
for (const path of [...SITEMAP_PATHS, ...FILLED_PATHS]) {
  test(`${path}: nothing scrolls sideways at 320 px; at 200 % text no heading runs off or splits a short word`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    // Search results with their text: long words in an excerpt once widened the page.
    if (path.includes('?q=')) await expect(page.locator('.search-result-excerpt').first()).toBeVisible();
    expect(await scrollWidth(page), 'at 320 px').toBeLessThanOrEqual(320);
    // As a phone's text size setting does (the CSP forbids adding a <style>; the CSSOM may).
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await expect(page.locator('main h1, main h2').first()).toBeVisible();
    // A long compound may break; "Facebook" or "Instagram" must move whole to the next line.
    expect(await headingWordsBroken(page, 12), 'at 320 px and 200 %').toEqual([]);
    expect(await scrollWidth(page), 'at 320 px and 200 %').toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await headingsRunningOff(page), 'at 360 px and 200 %').toEqual([]);
    expect(await scrollWidth(page), 'at 360 px and 200 %').toBeLessThanOrEqual(360);
  });
}

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
