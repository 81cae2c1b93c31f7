// Reads the built site in dist/ for the checks that run after `npm run build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';

export const DIST = join(import.meta.dirname, '../../dist');

if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first.');

export interface BuiltPage {
  /** URL path, e.g. "/gids/facebook/" or "/404.html". */
  path: string;
  file: string;
  html: string;
  root: HTMLElement;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

function urlPath(file: string): string {
  const path = `/${relative(DIST, file)}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every built HTML page, parsed once. */
export const pages: BuiltPage[] = htmlFiles(DIST)
  .sort()
  .map((file) => {
    const html = readFileSync(file, 'utf8');
    return { path: urlPath(file), file, html, root: parse(html) };
  });

/** The page a URL path serves, or undefined. */
export function pageAt(path: string): BuiltPage | undefined {
  return pages.find((page) => page.path === path);
}

/** Bytes after gzip at its highest level: what a budget counts. */
export const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

/**
 * The URL paths of the `.js` modules that `code` (served at `from`) imports. Static imports
 * load before `load`; `dynamic` adds `import("…")` calls, which load later.
 */
export function moduleImports(code: string, from: string, { dynamic = false } = {}): string[] {
  // Minifiers write dynamic imports with backticks: import(`/_astro/x.js`).
  const pattern = dynamic ? /(?:import|from)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g : /(?:import|from)\s*["']([^"']+\.js)["']/g;
  return [...code.matchAll(pattern)].map(([, spec]) => new URL(spec!, `http://x${from}`).pathname);
}

/** A guide's frontmatter as the editor wrote it (content/guides/<slug>.mdx), read without Astro. */
export interface GuideSource {
  slug: string;
  title: string;
  routeFrom?: string[];
  /** Steps in Meta's apps that are our own advice (no route sources). */
  followsApps?: boolean;
  steps: { id: string; title: string; illustration?: { src: string; alt: string } }[];
}

/** Every guide in content/guides/, from its frontmatter: what the built pages are checked against. */
export function guideSources(): GuideSource[] {
  const folder = join(import.meta.dirname, '../../content/guides');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const frontmatter = readFileSync(join(folder, name), 'utf8').split(/^---$/m)[1]!;
      return { slug: name.replace(/\.mdx$/, ''), ...(parseYaml(frontmatter) as Omit<GuideSource, 'slug'>) };
    });
}
