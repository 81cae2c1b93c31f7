// "Lees voor" adds nothing to a first view: a page holds no button and no speech code, only the
// one inline line (AfterLoad.astro) that imports after-load.ts once the page has loaded. That
// file adds the buttons when the device has a Dutch voice; the speech script is a file of its
// own, imported on the first tap, of at most 3 KB gzip. The first view itself is held to 14 KB by
// budget.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, gzipSize, moduleImports, pageAt, pages } from './dist-site';

const SPEECH_BUDGET = 3 * 1024;
/** after-load.ts, fetched after `load`: the worker's registration, the voice check, its buttons and their places. */
const AFTER_LOAD_BUDGET = 1536;

const inlineScripts = (path: string) =>
  (pageAt(path)?.root.querySelectorAll('script[type="module"]:not([src])') ?? []).map((script) => script.textContent);
/** Files a script imports, static and dynamic: `import("/_astro/after-load.….js")`. */
const importsOf = (code: string, from: string) => moduleImports(code, from, { dynamic: true });
const loaderOf = (path: string) => inlineScripts(path).filter((code) => code.includes('after-load'));
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

/** A file's gzip size with everything it imports (`dynamic`: on a tap too), once each. */
function withImports(file: string, { dynamic = true } = {}, seen = new Set<string>()): number {
  if (seen.has(file)) return 0;
  seen.add(file);
  const code = read(file);
  const next = moduleImports(code, file, { dynamic });
  return gzipSize(code) + next.reduce((sum, other) => sum + withImports(other, { dynamic }, seen), 0);
}

const guidePaths = pages.filter((page) => /^\/gids\/[^/]+\/$/.test(page.path)).map((page) => page.path);
const afterLoadFile = () => importsOf(loaderOf('/gids/facebook/')[0] ?? '', '/')[0]!;
/** The speech script's URL, as after-load.ts holds it for its `import(url)` on a tap. */
const speechFile = () => /["'`](\/_astro\/read-aloud\.[^"'`]+\.js)["'`]/.exec(read(afterLoadFile()))?.[1];

describe('read-aloud', () => {
  it.each([...guidePaths, '/vragen/'])('%s: no button and no speech code in the page, one line that loads the rest at `load`', (path) => {
    const page = pageAt(path)!;
    expect(page.root.querySelectorAll('[data-read-aloud]'), 'buttons in the HTML').toHaveLength(0);
    expect(inlineScripts(path).filter((code) => code.includes('speechSynthesis')), 'speech code inline').toEqual([]);
    const [loader, ...more] = loaderOf(path);
    expect(more, 'one loader per page').toEqual([]);
    expect(loader, 'the after-load line').toMatch(/^addEventListener\(["'`]load["'`],\s*\(\)\s*=>\s*import\(/);
    console.log(`${path}: after-load line ${gzipSize(loader!)} bytes gzip`);
    // Nothing before `load`: no static import, no preload, no script file.
    expect(moduleImports(loader!, path)).toEqual([]);
    const fetched = [
      ...page.root.querySelectorAll('script[src], link[rel="modulepreload"], link[rel="preload"]'),
    ].map((element) => element.getAttribute('src') ?? element.getAttribute('href'));
    expect(fetched.filter((url) => url?.includes('after-load') || url?.includes('read-aloud'))).toEqual([]);
    expect(importsOf(loader!, path)).toEqual([afterLoadFile()]);
  });

  it(`after-load.ts is at most ${AFTER_LOAD_BUDGET} bytes gzip, and imports the speech script only on a tap`, () => {
    const file = afterLoadFile();
    const code = read(file);
    const bytes = withImports(file, { dynamic: false });
    console.log(`after-load script ${file}: ${bytes} bytes gzip with its static imports`);
    expect(code).toContain('speechSynthesis');
    expect(moduleImports(code, file).filter((url) => url.includes('read-aloud')), 'speech script, static').toEqual([]);
    expect(bytes).toBeLessThanOrEqual(AFTER_LOAD_BUDGET);
  });

  it(`the speech script is at most ${SPEECH_BUDGET / 1024} KB gzip, with everything it imports`, () => {
    const file = speechFile();
    expect(file, 'after-load.ts names the speech script').toBeDefined();
    const bytes = withImports(file!);
    console.log(`speech script ${file}: ${bytes} bytes gzip`);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(SPEECH_BUDGET);
  });

  it('other pages load after-load.ts only for the worker, and the plan nothing at all', () => {
    for (const path of ['/', '/over-deze-site/', '/zoeken/']) {
      expect(pageAt(path), path).toBeDefined();
      expect(inlineScripts(path).filter((code) => code.includes('speechSynthesis')), path).toEqual([]);
      expect(pageAt(path)!.root.querySelectorAll('[data-read-aloud]'), path).toHaveLength(0);
    }
    expect(loaderOf('/mijn-plan/')).toEqual([]);
  });
});
