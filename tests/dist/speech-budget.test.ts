// "Lees voor": a plain page view runs only a small inline check (is there a Dutch voice?) and
// fetches no speech code; the speech script is a file of its own, imported on the first tap,
// of at most 3 KB gzip. The page's whole first view is held to 14 KB by budget.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, gzipSize, moduleImports, pageAt, pages } from './dist-site';

const SPEECH_BUDGET = 3 * 1024;
/** The inline check: it may grow a little, never into the speech script itself. */
const CHECK_BUDGET = 400;

const inlineScripts = (path: string) =>
  (pageAt(path)?.root.querySelectorAll('script[type="module"]:not([src])') ?? []).map((script) => script.textContent);
const checkOf = (path: string) => inlineScripts(path).filter((code) => code.includes('speechSynthesis'));
/** The speech script the check imports on a tap: `import("/_astro/read-aloud.….js")`. */
const speechScriptOf = (code: string) => moduleImports(code, '/', { dynamic: true });

const guidePaths = pages.filter((page) => /^\/gids\/[^/]+\/$/.test(page.path)).map((page) => page.path);

describe('read-aloud', () => {
  it.each([...guidePaths, '/vragen/'])('%s: a small inline check imports the speech script on a tap only', (path) => {
    const [check, ...more] = checkOf(path);
    expect(more, 'one check per page').toEqual([]);
    expect(check, 'the check is inline').toBeDefined();
    const bytes = gzipSize(check!);
    console.log(`${path}: read-aloud check ${bytes} bytes gzip`);
    expect(bytes).toBeLessThanOrEqual(CHECK_BUDGET);
    // Nothing a page view loads before `load`: no static import, no preload, no script file.
    expect(moduleImports(check!, path)).toEqual([]);
    const page = pageAt(path)!;
    const fetched = [
      ...page.root.querySelectorAll('script[src], link[rel="modulepreload"], link[rel="preload"]'),
    ].map((element) => element.getAttribute('src') ?? element.getAttribute('href'));
    expect(fetched.filter((url) => url?.includes('read-aloud'))).toEqual([]);
    expect(speechScriptOf(check!)).toHaveLength(1);
  });

  it(`the speech script is at most ${SPEECH_BUDGET / 1024} KB gzip, with everything it imports`, () => {
    const [url] = speechScriptOf(checkOf('/gids/facebook/')[0]!);
    const seen = new Set<string>();
    const visit = (file: string): number => {
      if (seen.has(file)) return 0;
      seen.add(file);
      const code = readFileSync(join(DIST, file), 'utf8');
      return gzipSize(code) + moduleImports(code, file, { dynamic: true }).reduce((sum, next) => sum + visit(next), 0);
    };
    const bytes = visit(url!);
    console.log(`speech script ${url}: ${bytes} bytes gzip`);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(SPEECH_BUDGET);
  });

  it('ships no speech code to pages without steps or answers', () => {
    for (const path of ['/', '/over-deze-site/', '/mijn-plan/', '/zoeken/']) {
      expect(pageAt(path), path).toBeDefined();
      expect(checkOf(path), path).toEqual([]);
    }
  });
});
