// The search page's preloads of its own chunks (src/search/build/preloads.ts): found in the
// page script as Vite writes a dynamic import, and a build error when there is none.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageScriptChunks } from '../../src/search/build/preloads';

const dirs: string[] = [];

async function siteWithScript(code: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'preloads-'));
  dirs.push(dir);
  await mkdir(join(dir, '_astro'));
  await writeFile(join(dir, '_astro/page.js'), code);
  return dir;
}

const HTML = '<html lang="nl"><script type="module" src="/_astro/page.js"></script></html>';

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('pageScriptChunks', () => {
  it('lists each chunk the page script imports, once, as a module preload', async () => {
    const dir = await siteWithScript(
      'a(()=>import(`./engine.Ab1.js`));b(()=>import(`./engine.Ab1.js`));import(`${x}`)',
    );
    expect(await pageScriptChunks(dir, HTML)).toEqual([['modulepreload', '/_astro/engine.Ab1.js']]);
  });

  it('stops the build when the page script imports no chunk, or there is no page script', async () => {
    const dir = await siteWithScript('console.log(1)');
    await expect(pageScriptChunks(dir, HTML)).rejects.toThrow(/imports no chunk/);
    await expect(pageScriptChunks(dir, '<html lang="nl"></html>')).rejects.toThrow(/no module script/);
  });
});
