// Small helpers shared by the browser tests.
import type { Page } from '@playwright/test';

/** The axe rule tags for WCAG 2.2 level AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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
