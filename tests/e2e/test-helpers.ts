// Small helpers shared by the browser tests.
import AxeBuilder from '@axe-core/playwright';
import { expect, type CDPSession, type Page } from '@playwright/test';

/** The axe rule tags for WCAG 2.2 level AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The WCAG 2.2 AA rules whose outcome depends on colours. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * An axe run on the page as the tests use it. Two settings that change only how long it takes:
 * - `resultTypes: ['violations']`: axe still runs every rule on every element and names every
 *   element that fails; of the passes and the undecided ones it describes only one element per
 *   rule, where it would otherwise build a selector and an HTML snippet for each of them, which
 *   the tests never read (half of each run on a long page).
 * - legacy mode: axe runs in the page itself (`axe.run`, same-origin frames included) instead
 *   of once per frame with the results put together in a new blank tab, which costs a tab per
 *   run. It leaves out cross-origin frames only, which the site cannot have: its CSP is
 *   `default-src 'self'`, and privacy.spec.ts fails on any request to another origin.
 */
export function axeOn(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode();
}

/** What axe finds, one line per rule with the elements it names: an empty list passes. */
export async function axeViolations(builder: AxeBuilder): Promise<string[]> {
  const { violations: found } = await builder.analyze();
  return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * axe finds no WCAG 2.2 AA problem in light or in dark mode, on the page as it is now. Every
 * rule runs in light mode, then the rules that look at colours run again in dark mode: the
 * other rules read the DOM and its layout, which the colour scheme does not change. Leaves
 * the page in dark mode.
 */
export async function checkBothSchemes(page: Page, scope?: string): Promise<void> {
  const axe = () => (scope ? axeOn(page).include(scope) : axeOn(page));
  const textColour = () => page.evaluate(() => getComputedStyle(document.body).color);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axeViolations(axe().withTags(WCAG_TAGS)), 'light mode').toEqual([]);
  const light = await textColour();
  await page.emulateMedia({ colorScheme: 'dark' });
  // The dark colours really apply before axe looks at them.
  expect(await textColour()).not.toBe(light);
  expect(await axeViolations(axe().withRules(COLOUR_RULES)), 'dark mode').toEqual([]);
}

/** Collects console errors and uncaught exceptions; tests assert there are none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Ways web storage can fail in a real browser, each set up before the page's own scripts run. */
export type StorageFailure = 'every-call-throws' | 'no-local-storage' | 'quota-full';

/**
 * Makes localStorage fail like it does in private modes, with cookies blocked, or when full:
 * `every-call-throws` (getItem, setItem and removeItem throw), `no-local-storage` (even
 * reading window.localStorage throws) or `quota-full` (reading works, writing throws).
 */
export async function breakStorage(page: Page, failure: StorageFailure): Promise<void> {
  await page.addInitScript((kind: StorageFailure) => {
    if (kind === 'no-local-storage') {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    } else if (kind === 'quota-full') {
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    } else {
      for (const method of ['getItem', 'setItem', 'removeItem'] as const) {
        Storage.prototype[method] = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
      }
    }
  }, failure);
}

/** The note the checklist shows when it cannot keep ticks. */
export const UNSAVED_NOTE = 'Let op: deze browser bewaart je vinkjes niet.';

/**
 * Starts adding up the page's layout shift (`buffered`: from the page's start, else from now).
 * Returns a reader of the sum so far.
 */
export async function watchLayoutShift(page: Page, { buffered = false } = {}): Promise<() => Promise<number>> {
  await page.evaluate((fromStart) => {
    const sum = window as unknown as { layoutShift: number };
    sum.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) sum.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: fromStart });
  }, buffered);
  return () => page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
}

/**
 * The page's layout shift from its start as CLS counts it (shifts right after an input left
 * out), with what moved, for a failure message. Read it after the page has settled.
 */
export async function layoutShiftSoFar(page: Page): Promise<{ value: number; moved: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ value: number; moved: string[] }>((resolve) => {
        type Shift = PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node | null }[];
        };
        const name = (node: Node | null | undefined) => {
          const element = node instanceof Element ? node : node?.parentElement;
          return element ? `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}` : '?';
        };
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          const shifts = (list.getEntries() as Shift[]).filter((entry) => !entry.hadRecentInput);
          resolve({
            value: shifts.reduce((sum, entry) => sum + entry.value, 0),
            moved: shifts.map(
              (entry) =>
                `${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${(entry.sources ?? []).map((source) => name(source.node)).join(', ')}`,
            ),
          });
        }).observe({ type: 'layout-shift', buffered: true });
        // No shift at all: the observer never calls back.
        setTimeout(() => resolve({ value: 0, moved: [] }), 500);
      }),
  );
}

/** Lighthouse's phone on a page's CDP session: a 4× slower processor, 150 ms round trip, 1.6 Mbit/s down, cold cache. */
export async function throttleLikeLighthousePhone(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 1.6e6 / 8,
    uploadThroughput: 750e3 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}
