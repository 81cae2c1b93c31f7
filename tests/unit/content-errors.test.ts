// Bad content must stop the build with a message that names the file and the field.
// Each case copies a small valid fixture site, breaks one thing, and runs `astro sync`
// (the content step of `astro build`) against the real schemas in src/content.config.ts.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(import.meta.dirname, 'fixtures/site');
const GUIDE = 'content/guides/voorbeeld.mdx';
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
  for (const name of ['src', 'node_modules']) await symlink(join(ROOT, name), join(dir, name));
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

/** Replaces text in a fixture file; fails loudly if the text is not there. */
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

describe('content errors', { timeout: 60_000 }, () => {
  it.concurrent('accepts the valid fixture', async () => {
    const result = await syncFixture(async () => {});
    expect(result.output).not.toContain('does not match collection schema');
    expect(result.ok).toBe(true);
  });

  it.concurrent.each([
    ['a missing field', edit(GUIDE, /^minutes: 5\n/m, ''), 'minutes', null],
    ['a wrong field type', edit(GUIDE, 'minutes: 5', 'minutes: vijf'), 'minutes', null],
    ['a duplicate step id', edit(GUIDE, 'id: tweede-stap', 'id: eerste-stap'), 'steps.1.id', 'staat twee keer in deze gids'],
    ['a step id that is not kebab-case', edit(GUIDE, 'id: eerste-stap', 'id: Eerste_Stap'), 'steps.0.id', 'kebab-case'],
    ['an unknown source id', edit(GUIDE, 'sources: [bron-een]', 'sources: [bron-twee]'), 'sources.0', 'Onbekende bron'],
    ['a last-checked date in the future', edit(GUIDE, 'lastChecked: 2026-01-01', 'lastChecked: 2999-01-01'), 'lastChecked', 'toekomst'],
    ['a future date on one step', edit(GUIDE, '    body: Doe dat.', '    body: Doe dat.\n    lastChecked: 2999-01-01'), 'steps.1.lastChecked', 'toekomst'],
    ['a keyword in capitals', edit(GUIDE, 'order: 1', 'order: 1\nkeywords: [Gehackt]'), 'keywords', 'kleine letters'],
    ['a keyword listed twice on a step', edit(GUIDE, '  - id: eerste-stap', '  - id: eerste-stap\n    keywords: [opt-out, opt-out]'), 'steps.0.keywords', 'twee keer'],
    ['an empty keyword list on a question', edit('content/questions/een-vraag.md', /^order: (.*)$/m, 'order: $1\nkeywords: []'), 'keywords', 'minstens één zoekwoord'],
    ['a question without a question mark', edit('content/questions/een-vraag.md', 'Is dit een vraag?', 'Dit is geen vraag'), 'question', 'vraagteken'],
  ])('stops on %s, naming the file and the field', async (_name, change, field, message) => {
    const result = await syncFixture(change);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/content\/(guides\/voorbeeld\.mdx|questions\/een-vraag\.md)/);
    expect(result.output).toContain(`${field}:`);
    if (message) expect(result.output).toContain(message);
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
