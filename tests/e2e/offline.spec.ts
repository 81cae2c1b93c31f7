// Offline after a first visit: the site's own service worker (src/lib/service-worker.ts). This
// test runs its own nginx on its own port, so it can stop the server (no network at all, as in
// a lift or the Facebook app on a weak signal) and then serve a changed build at the same origin.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startNginx, type RunningNginx } from '../../deploy/scripts/serve';
import { offlineText } from '../../src/i18n/nl-offline';
import { CACHE_PREFIX, SERVICE_WORKER_PATH, workerScript } from '../../src/lib/service-worker';

const DIST = join(import.meta.dirname, '../../dist');
const NEW_TITLE = 'Bezwaar maken op Facebook, nieuwe versie';
const savedLine = offlineText.savedCopy.split('{tijd}')[0]!;

/** A copy of dist/; `change` edits it the way a new build would. */
function distCopy(folder: string, change?: (root: string) => void): string {
  const root = join(folder, `dist-${Math.random().toString(36).slice(2)}`);
  cpSync(DIST, root, { recursive: true });
  change?.(root);
  return root;
}

/** A new build: other guide text, so a new build id in the worker (and no stale .br/.gz). */
function newBuild(root: string): void {
  const page = join(root, 'gids/facebook/index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('>Bezwaar maken op Facebook<', `>${NEW_TITLE}<`));
  const worker = join(root, SERVICE_WORKER_PATH.slice(1));
  writeFileSync(
    worker,
    readFileSync(worker, 'utf8').replaceAll(/(?:Build |"pagina-)[0-9a-f]+/g, (text) => `${text}b2`),
  );
  for (const file of [page, worker]) for (const suffix of ['.br', '.gz']) rmSync(file + suffix, { force: true });
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const activeWorker = (page: Page) =>
  page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.active));

test('a visited guide opens offline with its ticks; a new build shows at once when back online', async ({
  context,
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const port = Number(new URL(testInfo.project.use.baseURL!).port) + 101;
  const folder = mkdtempSync(join(tmpdir(), 'metabezwaar-offline-'));
  let server: RunningNginx | undefined;
  const serve = async (root: string) => {
    await server?.stop();
    server = await startNginx(port, root);
    return server.url;
  };
  try {
    const origin = await serve(distCopy(folder));
    const otherOrigins: string[] = [];
    const beforeLoad: string[] = [];
    let loaded = false;
    context.on('request', (request) => {
      if (!request.url().startsWith(origin)) otherOrigins.push(request.url());
      if (!loaded) beforeLoad.push(new URL(request.url()).pathname);
    });
    page.on('load', () => (loaded = true));

    await page.goto(`${origin}gids/facebook/`);
    // The worker file is not part of the first view: it is asked for after load.
    expect(beforeLoad).not.toContain(SERVICE_WORKER_PATH);
    await expect.poll(() => activeWorker(page), { timeout: 15_000 }).toBe(true);
    const [firstCache] = await cacheNames(page);
    expect(firstCache).toMatch(new RegExp(`^${CACHE_PREFIX}[0-9a-f]+$`));
    const box = page.locator('li#privacycentrum').getByRole('checkbox');
    await box.check();
    // A page the reader opens once the worker runs is saved too, and so is the search page.
    await page.goto(`${origin}vragen/`);
    await page.goto(`${origin}zoeken/`);
    await page.goto(`${origin}gids/facebook/`);

    // Offline: no network, and no server either.
    await context.setOffline(true);
    await server!.stop();
    await page.reload();
    await expect(page.locator('h1')).toHaveText('Bezwaar maken op Facebook');
    await expect(page.getByRole('status').filter({ hasText: savedLine })).toContainText(/\d{4} om \d{2}:\d{2}/);
    await expect(page.locator('li#privacycentrum').getByRole('checkbox')).toBeChecked();
    // The plan was saved at install, though never opened; the FAQ because it was opened.
    await page.goto(`${origin}mijn-plan/?apps=instagram`);
    await expect(page.locator('li#instagram-inloggen')).toBeVisible();
    await page.goto(`${origin}vragen/`);
    await expect(page.locator('h1')).toHaveText('Vragen en antwoorden');
    // Search needs the network: it says so, as it does without a worker.
    await page.goto(`${origin}zoeken/?q=facebook`);
    await expect(page.getByText('Zoeken lukt nu niet').first()).toBeVisible({ timeout: 15_000 });

    // Back online with a new build: the new text at once, and the old cache is gone.
    await serve(distCopy(folder, newBuild));
    await context.setOffline(false);
    await page.goto(`${origin}gids/facebook/`);
    await expect(page.locator('h1')).toHaveText(NEW_TITLE);
    await expect(page.getByText(savedLine)).toHaveCount(0);
    await expect.poll(() => cacheNames(page), { timeout: 15_000 }).toEqual([`${firstCache}b2`]);
    // …and offline again, the saved copy is the new one.
    await context.setOffline(true);
    await server!.stop();
    await page.reload();
    await expect(page.locator('h1')).toHaveText(NEW_TITLE);
    await expect(page.locator('li#privacycentrum').getByRole('checkbox')).toBeChecked();

    // The kill switch (SERVICE_WORKER=off): the next deploy removes the worker and its caches.
    await serve(
      distCopy(folder, (root) => {
        const worker = join(root, SERVICE_WORKER_PATH.slice(1));
        writeFileSync(worker, workerScript({ buildId: 'uit', precache: [], enabled: false }));
        for (const suffix of ['.br', '.gz']) rmSync(worker + suffix, { force: true });
        // Such a build's pages register no worker (a page that did would bring back the
        // registration the kill switch is removing, before it is gone): here the guide loads
        // nothing after `load` (after-load.ts, which registers it).
        const guide = join(root, 'gids/facebook/index.html');
        const html = readFileSync(guide, 'utf8');
        const without = html.replace(/<script[^>]*>[^<]*after-load[^<]*<\/script>/, '');
        expect(without, 'the guide registers the worker').not.toBe(html);
        writeFileSync(guide, without);
        for (const suffix of ['.br', '.gz']) rmSync(guide + suffix, { force: true });
      }),
    );
    await context.setOffline(false);
    await page.goto(`${origin}gids/facebook/`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), {
        timeout: 15_000,
      })
      .toBe(0);
    await expect.poll(() => cacheNames(page)).toEqual([]);
    expect(otherOrigins).toEqual([]);
  } finally {
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});

test('the worker file is never kept without asking the server', async ({ request }) => {
  const response = await request.get(SERVICE_WORKER_PATH);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('javascript');
  expect(response.headers()['cache-control']).toBe('no-cache');
});
