// The checklist island (and the personal plan) add at most 3 KB gzip of JavaScript to a page.
// The page's whole first view is held to 14 KB by budget.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, gzipSize, moduleImports, pageAt, pages, type BuiltPage } from './dist-site';

const ISLAND_BUDGET = 3 * 1024;
/** Custom element names that mark the island's scripts. */
const ISLAND_ELEMENTS = ['checklist-progress', 'step-anchors', 'personal-plan'];

interface Script {
  /** "inline #n" or the file's URL. */
  name: string;
  code: string;
}

/** Every module script of a page: inline ones, files, and the files those import. */
function moduleScripts(page: BuiltPage): Script[] {
  const scripts: Script[] = [];
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(join(DIST, url), 'utf8');
    scripts.push({ name: url, code });
    imports(code, url).forEach(visit);
  };
  page.root.querySelectorAll('script[type="module"]').forEach((element, index) => {
    const src = element.getAttribute('src');
    if (src) return visit(src);
    scripts.push({ name: `inline #${index}`, code: element.textContent });
    imports(element.textContent, page.path).forEach(visit);
  });
  return scripts;
}

const imports = (code: string, from: string) => moduleImports(code, from, { dynamic: true });

/** The island's scripts: those that define its elements, and the chunks they import. */
function islandScripts(page: BuiltPage): Script[] {
  const all = moduleScripts(page);
  // Those that define an element: other scripts may name one (after-load.ts puts buttons next to <step-anchors>).
  const defines = (code: string, name: string) => new RegExp(`define\\(\\s*["'\`]${name}["'\`]`).test(code);
  const roots = all.filter((script) => ISLAND_ELEMENTS.some((name) => defines(script.code, name)));
  const wanted = new Set(roots.map((script) => script.name));
  for (const script of roots) imports(script.code, '/').forEach((url) => wanted.add(url));
  return all.filter((script) => wanted.has(script.name));
}

const islandBytes = (page: BuiltPage) => islandScripts(page).reduce((sum, script) => sum + gzipSize(script.code), 0);

// Guides only: share pages and helper sheets under /gids/<guide>/ have no checklist.
const guidePages = pages.filter((page) => /^\/gids\/[^/]+\/$/.test(page.path));

describe('checklist island JavaScript', () => {
  it('is on every guide page', () => {
    expect(guidePages.length).toBeGreaterThan(0);
    for (const page of guidePages) expect(islandScripts(page), page.path).not.toEqual([]);
  });

  it.each(guidePages.map((page) => [page.path, page] as const))(
    `adds at most ${ISLAND_BUDGET / 1024} KB gzip to %s`,
    (path, page) => {
      const bytes = islandBytes(page);
      console.log(`${path}: checklist island ${bytes} bytes gzip`);
      expect(bytes).toBeGreaterThan(0);
      expect(bytes).toBeLessThanOrEqual(ISLAND_BUDGET);
    },
  );

  it(`adds at most ${ISLAND_BUDGET / 1024} KB gzip to /mijn-plan/, plan included`, () => {
    const page = pageAt('/mijn-plan/');
    expect(page, '/mijn-plan/ is built').toBeDefined();
    const scripts = islandScripts(page!);
    // Both elements are there: the checklist and the plan that fills it.
    for (const name of ISLAND_ELEMENTS) expect(scripts.some((script) => script.code.includes(name)), name).toBe(true);
    const bytes = islandBytes(page!);
    console.log(`/mijn-plan/: checklist and plan ${bytes} bytes gzip`);
    expect(bytes).toBeLessThanOrEqual(ISLAND_BUDGET);
  });

  it('ships no code to pages without a checklist', () => {
    for (const path of ['/', '/vragen/']) {
      const page = pageAt(path);
      expect(page, path).toBeDefined();
      expect(islandScripts(page!), path).toEqual([]);
    }
  });
});
