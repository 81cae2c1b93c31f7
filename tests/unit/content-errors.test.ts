// Bad files must stop the build with a message that names the file. Each case copies a small
// valid fixture site, breaks one thing, and runs `astro sync` (the content step of
// `astro build`) against the real config in src/content.config.ts. That takes seconds per
// case, so only what needs real files is here: file names, illustration files next to a guide
// (Astro's image() runs only in a real build) and the sources file. Every rule on fields
// (routeFrom, updated, keywords, alt text) is checked much faster in content-schemas.test.ts.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(import.meta.dirname, 'fixtures/site');
const GUIDE = 'content/guides/voorbeeld.mdx';
const SOURCES = 'content/sources.yaml';
const folders: string[] = [];

interface SyncResult {
  ok: boolean;
  output: string;
}

/** Builds a fixture site, lets `change` break it, and runs `astro sync` on it. */
async function syncFixture(change: (dir: string) => Promise<void>): Promise<SyncResult> {
  const dir = await mkdtemp(join(tmpdir(), 'content-fixture-'));
  folders.push(dir);
  await cp(join(FIXTURE, 'content'), join(dir, 'content'), { recursive: true });
  await symlink(join(ROOT, 'src'), join(dir, 'src'));
  // Each package linked on its own, not node_modules as a whole: Vite keeps its cache in
  // node_modules/.vite, and fixtures synced side by side must not share (and rename) it.
  await mkdir(join(dir, 'node_modules'));
  for (const name of await readdir(join(ROOT, 'node_modules'))) {
    if (name !== '.vite') await symlink(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) await cp(join(ROOT, name), join(dir, name));
  await change(dir);
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr };
  }
}

/** A change for syncFixture: replace `from` by `to` in one fixture file (and fail if it is not there). */
function edit(file: string, from: string | RegExp, to: string) {
  return async (dir: string) => {
    const path = join(dir, file);
    const text = await readFile(path, 'utf8');
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`Fixture edit did not match in ${file}: ${String(from)}`);
    await writeFile(path, changed);
  };
}

afterAll(async () => {
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('content files', { timeout: 60_000 }, () => {
  it.concurrent('accepts the valid fixture', async () => {
    const result = await syncFixture(async () => {});
    expect(result.output).not.toContain('does not match collection schema');
    expect(result.ok).toBe(true);
  });

  it.concurrent.each([
    [
      'a missing illustration file',
      edit(GUIDE, './voorbeeld/eerste-stap.svg', './voorbeeld/weg.svg'),
      'steps.0.illustration.src',
      'bestaat niet',
    ],
    [
      'an illustration that is not an SVG file',
      edit(GUIDE, './voorbeeld/eerste-stap.svg', './voorbeeld/eerste-stap.png'),
      'steps.0.illustration.src',
      'SVG-bestand',
    ],
  ])('stops on %s, naming the file and the field', async (_name, change, field, message) => {
    const result = await syncFixture(change);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(GUIDE);
    expect(result.output).toContain(`${field}:`);
    expect(result.output).toContain(message);
  });

  it.concurrent.each([
    ['a source without its language', edit(SOURCES, /^ {2}language: nl\n/m, ''), 'language'],
    [
      'a source with both a title and a description',
      edit(SOURCES, '  title: Een bron\n', '  title: Een bron\n  about: iets\n'),
      'title',
    ],
    ['a source with neither a title nor a description', edit(SOURCES, '  about: een tweede onderwerp\n', ''), 'title'],
  ])('stops on %s, naming the sources file and the field', async (_name, change, field) => {
    const result = await syncFixture(change);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(SOURCES);
    expect(result.output).toContain(`${field}:`);
  });

  it.concurrent('stops on a file name that is not kebab-case, naming the file', async () => {
    const result = await syncFixture(async (dir) => {
      await cp(join(dir, 'content/questions/een-vraag.md'), join(dir, 'content/questions/Een_Vraag.md'));
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/questions/Een_Vraag.md');
    expect(result.output).toContain('kebab-case');
  });
});
