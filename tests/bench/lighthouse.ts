// One Lighthouse run (mobile, its default simulated throttling, performance only) on a URL, with
// the figures the budgets name. Shared by bench:search-link and bench:pages.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findBrowser, thisMachine } from '../../deploy/scripts/tools.ts';

export const median = <T>(values: T[], key: (value: T) => number): T =>
  [...values].sort((a, b) => key(a) - key(b))[Math.floor(values.length / 2)]!;

export function browserPath(): string {
  const found = findBrowser(thisMachine());
  if ('missing' in found) throw new Error(found.missing);
  return found.path;
}

export interface LighthouseFigures {
  /** What Lighthouse names as the largest paint and the shifting elements. */
  lcpElement: string;
  shifts: string[];
  score: number;
  cls: number;
  tbt: number;
  lcp: number;
}

export async function lighthouseRun(url: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: browserPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      output: 'json',
      logLevel: 'error',
    });
    const lhr = result!.lhr;
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    type Node = { node?: { selector?: string; snippet?: string } };
    const details = (id: string) => (lhr.audits[id]?.details ?? {}) as { items?: (Node & { items?: Node[] })[] };
    const nodeName = (item: Node | undefined) => item?.node?.snippet?.slice(0, 80) ?? item?.node?.selector ?? '';
    return {
      lcpElement: nodeName(details('largest-contentful-paint-element').items?.[0]?.items?.[0]),
      shifts: (details('layout-shifts').items ?? []).map(nodeName),
      score: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
      cls: audit('cumulative-layout-shift'),
      tbt: audit('total-blocking-time'),
      lcp: audit('largest-contentful-paint'),
    };
  } finally {
    await chrome.kill();
  }
}
