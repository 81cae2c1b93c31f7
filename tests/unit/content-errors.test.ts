// Bad file names must stop the build with a message that names the file. Each case copies a
// small valid fixture site, breaks one thing, and runs `astro sync` (the content step of
// `astro build`) against the real config in src/content.config.ts. That takes seconds per
// case, so only what needs a real build is here: field errors are checked much faster on the
// schemas themselves in content-schemas.test.ts.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(import.meta.dirname, 'fixtures/site');
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

afterAll(async () => {
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('content file names', { timeout: 60_000 }, () => {
  it.concurrent('accepts the valid fixture', async () => {
    const result = await syncFixture(async () => {});
    expect(result.output).not.toContain('does not match collection schema');
    expect(result.ok).toBe(true);
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
