// Pagefind's Component UI bundle defines 13 custom elements (modal, searchbox, filters, …);
// the search page uses four. Their code is about 10 KB of the bundle's 24 KB gzip, which a
// reader's first search fetches. This cut drops the other elements and lets esbuild (Astro's
// own dependency) shake out the code only they used, then minifies again. It is made only
// when the bundle has exactly the shape described below; otherwise the caller fails the build.
//
// The shape (Pagefind 1.6, minified), inside one arrow-function IIFE:
//   customElements.get("pagefind-modal")||customElements.define("pagefind-modal",we);  (each element)
//   h(Gt,{PagefindModal:()=>we,…,getInstanceManager:()=>ve});  (the namespace object)
//   typeof window<"u"&&(window.PagefindComponents=Gt);
import { buildSync } from 'esbuild';

/** The Component UI's elements that SearchPage.astro uses (tests/dist checks the page). */
export const UI_COMPONENTS = ['pagefind-config', 'pagefind-input', 'pagefind-summary', 'pagefind-results'];

const DEFINE = /customElements\.get\("(pagefind-[a-z-]+)"\)\|\|customElements\.define\("\1",([\w$]+)\);/g;
const NAMESPACE = /window\.PagefindComponents=([\w$]+)/;
const IIFE = /^(?:"use strict";)?\(\(\)=>\{([\s\S]*)\}\)\(\);\s*$/;

/**
 * The bundle with only the custom elements in `used` ("pagefind-input", …), or null when the
 * bundle does not have the expected shape (a newer Pagefind, say), a used element is missing,
 * or the result does not still define every used element and `window.PagefindComponents`.
 */
export function keepUiComponents(bundle: string, used: readonly string[]): string | null {
  const body = IIFE.exec(bundle)?.[1];
  const namespace = NAMESPACE.exec(bundle)?.[1];
  if (!body || !namespace) return null;
  const defines = [...body.matchAll(DEFINE)];
  // Every element must be defined the one known way, and each used one among them.
  if (defines.length !== body.split('customElements.define(').length - 1) return null;
  if (!used.every((name) => defines.some((define) => define[1] === name))) return null;
  const dropped = new Set(defines.filter((define) => !used.includes(define[1]!)).map((define) => define[2]!));
  let cut = body.replace(DEFINE, (define, name: string) => (used.includes(name) ? define : ''));

  // The namespace object names every element class: without this, none could be shaken out.
  const members = new RegExp(`\\(${namespace.replace(/\$/g, '\\$')},\\{([^}]*)\\}\\)`);
  const list = members.exec(cut)?.[1];
  if (!list) return null;
  const kept = list.split(',').filter((member) => !dropped.has(/^\w+:\(\)=>([\w$]+)$/.exec(member)?.[1] ?? ''));
  cut = cut.replace(members, `(${namespace},{${kept.join(',')}})`);

  let out: string;
  try {
    const result = buildSync({
      stdin: { contents: cut, loader: 'js' },
      bundle: true,
      format: 'iife',
      minify: true,
      treeShaking: true,
      write: false,
      logLevel: 'silent',
    });
    out = result.outputFiles[0]!.text;
  } catch {
    return null;
  }
  const defined = [...out.matchAll(/customElements\.define\("(pagefind-[a-z-]+)"/g)].map((match) => match[1]);
  if (defined.sort().join() !== [...used].sort().join() || !out.includes('window.PagefindComponents=')) return null;
  return out;
}
