// `npm run bench:pages`: Lighthouse on a phone (mobile, its default simulated throttling) for
// every page in the sitemap, a shared search link and a shared plan, served by nginx with the site's real
// config. Prints performance, LCP, CLS and TBT per page (median of BENCH_RUNS runs, default 1)
// against the budgets: performance >= 95 on every page, CLS <= 0.02, and LCP <= 1.1 s on a
// page whose text is in its HTML (a search link's results come from the index, so its LCP is
// reported, not held to that). A benchmark, not a test: the figures depend on the machine.
// BENCH_DIST measures another build (an older one, under the same machine load).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startNginx } from '../../deploy/scripts/serve.ts';
import { lighthouseRun, median, type LighthouseFigures } from './lighthouse.ts';

const PORT = Number(process.env['BENCH_PORT'] ?? 4403);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 1);
const DIST = process.env['BENCH_DIST'] ?? join(import.meta.dirname, '../../dist');
const SEARCH_LINK = '/zoeken/?q=bezwaar';
/** A shared plan: the script puts it together from the answers in the link. */
const PLAN_LINK = '/mijn-plan/?apps=facebook,instagram&gekoppeld=ja';

const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
/** BENCH_PATHS: paths separated by spaces, to measure only those (e.g. to repeat one page). */
const paths = process.env['BENCH_PATHS']?.trim().split(/\s+/) ?? [
  ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname),
  SEARCH_LINK,
  PLAN_LINK,
];

async function main() {
  const nginx = await startNginx(PORT, process.env['BENCH_DIST'] ?? undefined);
  const base = nginx.url.replace(/\/$/, '');
  const rows: { path: string; lh: LighthouseFigures; faults: string[] }[] = [];
  try {
    for (const path of paths) {
      const figures: LighthouseFigures[] = [];
      for (let index = 0; index < RUNS; index++) figures.push(await lighthouseRun(base + path));
      const lh = median(figures, (figure) => figure.score);
      const faults = [
        lh.score < 95 && `performance ${lh.score} < 95`,
        lh.cls > 0.02 && `CLS ${lh.cls.toFixed(3)} > 0.02`,
        path !== SEARCH_LINK && lh.lcp > 1100 && `LCP ${(lh.lcp / 1000).toFixed(2)} s > 1.1 s`,
      ].filter((fault): fault is string => Boolean(fault));
      rows.push({ path, lh, faults });
      console.log(
        `${path.padEnd(42)} perf ${String(lh.score).padStart(3)}  LCP ${(lh.lcp / 1000).toFixed(2)} s  ` +
          `CLS ${lh.cls.toFixed(3)}  TBT ${lh.tbt.toFixed(0).padStart(4)} ms${faults.length ? `  OVER: ${faults.join(', ')}` : ''}`,
      );
      if (faults.length > 0) console.log(`    largest paint: ${lh.lcpElement}\n    shifted: ${lh.shifts.join(' | ')}`);
    }
  } finally {
    await nginx.stop();
  }
  const over = rows.filter((row) => row.faults.length > 0);
  console.log(`\n${rows.length} pages, ${over.length} over a budget (Lighthouse mobile, ${RUNS} run(s) each).`);
}

await main();
