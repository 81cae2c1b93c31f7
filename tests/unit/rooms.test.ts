// Each folder holds what the README's code map says it holds: components render what pages
// hand them, and src/lib/ is pure code that the site itself runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string, pattern: RegExp): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The module names a file imports at run time (`import type` left out). */
function valueImports(source: string): string[] {
  return [...source.matchAll(/^import\s+(?!type\s)[^'"]*?['"]([^'"]+)['"]/gm)].map((match) => match[1]!);
}

describe('components render from props', () => {
  const components = [...filesUnder('src/components', /\.astro$/), ...filesUnder('src/search', /\.astro$/)];

  it('finds the components', () => {
    expect(components.length).toBeGreaterThan(10);
  });

  it.each(components)('%s imports neither astro:content nor src/collections/', (file) => {
    const fetching = valueImports(readFileSync(file, 'utf8')).filter(
      (name) => name === 'astro:content' || /(^|\/)collections\//.test(name),
    );
    expect(fetching).toEqual([]);
  });

  it('catches a component that fetches', () => {
    expect(
      valueImports("import { render } from 'astro:content';\nimport type { X } from '../collections/content';"),
    ).toEqual(['astro:content']);
  });
});

describe('src/lib/ holds pure code the site runs', () => {
  const lib = filesUnder('src/lib', /\.ts$/).filter((file) => !file.endsWith('.d.ts'));
  const site = [
    ...filesUnder('src', /\.(ts|astro|mjs)$/).filter((file) => !lib.includes(file)),
    'astro.config.mjs',
  ].map((file) => readFileSync(file, 'utf8'));

  it.each(lib)('%s reads no files and no network', (file) => {
    const imports = valueImports(readFileSync(file, 'utf8'));
    expect(imports.filter((name) => /^(node:)?(fs|fs\/promises|child_process|net|http|https)$/.test(name))).toEqual([]);
  });

  it.each(lib)('%s is imported by the site itself, not only by tests or deploy/', (file) => {
    const name = basename(file, '.ts');
    const importer = new RegExp(`from ['"][^'"]*/${name}(\\.ts)?['"]`);
    const others = lib.filter((other) => other !== file).map((other) => readFileSync(other, 'utf8'));
    expect([...site, ...others].some((source) => importer.test(source))).toBe(true);
  });
});

describe("the README's code map", () => {
  const readme = readFileSync('README.md', 'utf8');
  const map = /## Code map\s+```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const named = [...map.matchAll(/^(\S+)/gm)].map((match) => match[1]!.replace(/\/$/, ''));

  it('is there', () => {
    expect(named.length).toBeGreaterThan(5);
  });

  it.each(named)('names %s, which exists', (path) => {
    expect(existsSync(path)).toBe(true);
  });

  const folders = ['src', 'deploy'].flatMap((root) =>
    readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${root}/${entry.name}`),
  );
  it.each(folders)('names the folder %s', (folder) => {
    expect(named.some((path) => path === folder || path.startsWith(`${folder}/`))).toBe(true);
  });
});
