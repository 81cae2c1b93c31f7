// The real web server: nginx with the config in deploy/nginx/ (playwright.config.ts starts it
// with `npm run serve`). Headers, cache rules, redirects, the 404 page, precompressed files,
// and that no page on another origin can frame the site.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { expect, test, type APIResponse } from '@playwright/test';
import { BAD_REQUEST_PATH, CACHE_IMMUTABLE, SECURITY_HEADERS } from '../../src/lib/http-policy';
import { ui } from '../../src/i18n/nl';
import { startNginx } from '../../deploy/scripts/serve';
import { watchErrors } from './test-helpers';

const DIST = join(import.meta.dirname, '../../dist');
const astroAsset = `/_astro/${readdirSync(join(DIST, '_astro')).find((name) => name.endsWith('.js'))}`;
const fragment = `/pagefind/fragment/${readdirSync(join(DIST, 'pagefind/fragment'))[0]}`;

function expectSecurityHeaders(response: APIResponse): void {
  const headers = response.headers();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(headers[name.toLowerCase()], `${name} on ${response.url()}`).toBe(value);
  }
}

test.describe('security headers', () => {
  test('every kind of response carries them: page, asset, search file, 404 and redirect', async ({ request }) => {
    const responses = [
      await request.get('/'),
      await request.get('/gids/facebook/'),
      await request.get(astroAsset),
      await request.get('/pagefind/pagefind.js'),
      await request.get(fragment),
      await request.get('/bestaat-niet/'),
      await request.get('/gids/facebook', { maxRedirects: 0 }),
    ];
    for (const response of responses) expectSecurityHeaders(response);
  });

  test('the web app manifest and the icons: their own types, security headers, checked before use', async ({
    request,
  }) => {
    const manifest = await request.get('/manifest.webmanifest', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(manifest.headers()['content-type']).toBe('application/manifest+json; charset=utf-8');
    expect(manifest.headers()['content-encoding']).toBe('gzip');
    expect(manifest.headers()['cache-control']).toBe('no-cache');
    expectSecurityHeaders(manifest);
    expect((await manifest.json()).start_url).toBe('/');
    expect((await request.get('/favicon.ico')).headers()['content-type']).toBe('image/x-icon');
    expect((await request.get('/apple-touch-icon.png')).headers()['content-type']).toBe('image/png');
  });

  test('say what they are meant to say', async ({ request }) => {
    const headers = (await request.get('/gids/facebook/')).headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("object-src 'none'");
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['permissions-policy']).toContain('geolocation=()');
    expect(headers['permissions-policy']).not.toContain('clipboard-write');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  test('cause no errors in the browser, and pages keep working', async ({ page }) => {
    const errors = watchErrors(page);
    for (const path of ['/', '/gids/facebook/', '/mijn-plan/?apps=facebook', '/vragen/']) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
    }
    expect(errors).toEqual([]);
  });
});

test.describe('cache rules', () => {
  test('hashed files are kept for a year; pages and the search entry files revalidate', async ({ request }) => {
    const cacheControl = async (path: string) => (await request.get(path)).headers()['cache-control'];
    expect(await cacheControl(astroAsset)).toBe(CACHE_IMMUTABLE);
    expect(await cacheControl(fragment)).toBe(CACHE_IMMUTABLE);
    expect(await cacheControl(astroAsset)).toContain('immutable');
    for (const path of ['/', '/gids/facebook/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
      expect(await cacheControl(path), path).toBe('no-cache');
    }
  });
});

test.describe('redirects and the 404 page', () => {
  test('a path without its trailing slash moves to the slash form, query string kept', async ({ request }) => {
    const response = await request.get('/gids/facebook?utm_source=x&apps=facebook', { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers()['location']).toBe('/gids/facebook/?utm_source=x&apps=facebook');
  });

  test('a shared deep link without the slash still opens its step', async ({ page, baseURL }) => {
    await page.goto('/gids/facebook?x=1#privacycentrum');
    expect(page.url()).toBe(`${baseURL}/gids/facebook/?x=1#privacycentrum`);
    await expect(page.locator('li#privacycentrum')).toBeInViewport();
  });

  test('unknown paths get the Dutch 404 page with status 404', async ({ request, page }) => {
    for (const path of ['/bestaat-niet/', '/gids/bestaat-niet', '/gids/', '/_headers']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(await response.text()).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
    }
    const response = await page.goto('/bestaat-niet/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.locator('h1')).toBeVisible();
  });
});

test.describe('precompressed files', () => {
  for (const path of ['/gids/facebook/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
    test(`${path} is sent as the brotli file written at build time`, async ({ request }) => {
      const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
      const response = await request.get(path, { headers: { 'Accept-Encoding': 'br' } });
      expect(response.headers()['content-encoding']).toBe('br');
      expect(response.headers()['vary']).toContain('Accept-Encoding');
      expect(Number(response.headers()['content-length'])).toBe(readFileSync(`${file}.br`).length);
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(readFileSync(file))).toBe(true);
      expect(await response.text()).toBe(readFileSync(file, 'utf8'));
    });
  }

  test('gzip for clients without brotli; Pagefind fragments as they are (gzip inside)', async ({ request }) => {
    const gzip = await request.get('/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers()['content-encoding']).toBe('gzip');
    const pagefindFile = await request.get(fragment, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(pagefindFile.headers()['content-encoding']).toBeUndefined();
    expect((await pagefindFile.body()).equals(readFileSync(join(DIST, fragment)))).toBe(true);
  });
});

test.describe('framing', () => {
  let other: Server;
  let otherOrigin: string;

  test.beforeAll(async ({ baseURL }) => {
    // A page on another origin that tries to wrap the guide, and, as a control, a page of its own.
    other = createServer((request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(
        request.url === '/own'
          ? '<p id="own">Eigen pagina</p>'
          : `<iframe id="own" src="/own"></iframe><iframe id="site" src="${baseURL}/gids/facebook/#privacycentrum"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });

  test.afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

  test('a page on another origin cannot show the site in an iframe', async ({ page, baseURL }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('frame-ancestors')) refused.push(message.text());
    });
    await page.goto(`${otherOrigin}/`);
    // The control frame loads, so frames as such work on that page…
    await expect(page.frameLocator('#own').locator('#own')).toHaveText('Eigen pagina');
    // …but the site's frame stays empty, and Chromium says why.
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    const site = await (await page.locator('#site').elementHandle())!.contentFrame();
    expect(site!.url()).not.toContain(baseURL!);
    await expect(page.frameLocator('#site').locator('main, li.step')).toHaveCount(0);
  });
});

/** Sends raw bytes to the server and returns its answer: status, every header line, body. */
function rawRequest(baseURL: string, request: string): Promise<{ status: number; headers: string[]; body: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => socket.end(request));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headers] = head.split('\r\n');
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

/** Each security header exactly once, with its value, and Cache-Control at most once. */
function expectHeadersOnce(headers: string[], what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    const lines = headers.filter((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`));
    expect(lines, `${name} on ${what}`).toEqual([`${name}: ${value}`]);
  }
  expect(headers.filter((line) => /^cache-control:/i.test(line)).length, what).toBeLessThanOrEqual(1);
}

const dutchBadLinkPage = readFileSync(join(DIST, BAD_REQUEST_PATH.slice(1), 'index.html'), 'utf8');

test.describe("nginx's own answers", () => {
  test('a broken request (400), a URL too long (414) and TRACE (405) carry the security headers once', async ({
    baseURL,
  }) => {
    const answers = {
      400: await rawRequest(baseURL!, 'GET / HTTP/1.1\r\nHost: a b\r\n\r\n'),
      414: await rawRequest(baseURL!, `GET /mijn-plan/?apps=${'facebook,'.repeat(1200)} HTTP/1.1\r\nHost: x\r\n\r\n`),
      405: await rawRequest(baseURL!, 'TRACE / HTTP/1.1\r\nHost: x\r\n\r\n'),
    };
    for (const [status, answer] of Object.entries(answers)) {
      expect(answer.status).toBe(Number(status));
      expectHeadersOnce(answer.headers, status);
    }
  });

  test('a URL too long and a broken request get the Dutch page, with their own status', async ({
    request,
    page,
    baseURL,
  }) => {
    const long = `/mijn-plan/?apps=${'facebook,'.repeat(1200)}`;
    const response = await request.get(long);
    expect(response.status()).toBe(414);
    expect(await response.text()).toBe(dutchBadLinkPage);
    expect((await rawRequest(baseURL!, 'GET / HTTP/1.1\r\nHost: a b\r\n\r\n')).body).toBe(dutchBadLinkPage);
    // In the browser: the page shows with its styles, in Dutch.
    const shown = await page.goto(long);
    expect(shown?.status()).toBe(414);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.locator('h1')).toHaveText(ui.badLink.title);
    await expect(page.getByRole('link', { name: ui.badLink.plan.link })).toHaveAttribute('href', '/mijn-plan/');
  });
});

test.describe('byte ranges', () => {
  const file = '/gids/facebook/index.html';
  const size = () => readFileSync(join(DIST, file)).length;

  test('a range past the end gets one 416 with each header once', async ({ baseURL }) => {
    const answer = await rawRequest(
      baseURL!,
      `GET ${file} HTTP/1.1\r\nHost: x\r\nRange: bytes=99999999-\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe(416);
    expectHeadersOnce(answer.headers, '416');
  });

  test('one range is served; many small ranges get the whole file, never more bytes than it has', async ({
    request,
  }) => {
    const one = await request.get(file, { headers: { Range: 'bytes=0-99', 'Accept-Encoding': 'identity' } });
    expect(one.status()).toBe(206);
    expect((await one.body()).length).toBe(100);
    // The probe that found this: 812 one-byte ranges returned 87 KB for a 60 KB file.
    const ranges = Array.from({ length: 812 }, (_, index) => `${index * 2}-${index * 2}`).join(',');
    const many = await request.get(file, { headers: { Range: `bytes=${ranges}`, 'Accept-Encoding': 'identity' } });
    expect(many.status()).toBe(200);
    expect((await many.body()).length).toBe(size());
  });
});

test.describe('folders', () => {
  test('a folder without a page is a 404 that nginx does not log as an error', async ({ request }, testInfo) => {
    // Its own nginx, to read its error log: the shared one writes to the test runner's output.
    const port = Number(new URL(testInfo.project.use.baseURL!).port) + 100;
    const server = await startNginx(port, DIST, { errors: 'pipe' });
    let log = '';
    server.process.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    try {
      for (const path of ['/gids/', '/_astro/', '/pagefind/', '/pagefind/fragment/', '/og/']) {
        expect((await request.get(`${server.url}${path.slice(1)}`)).status(), path).toBe(404);
      }
      expect((await request.get(`${server.url}gids/facebook/`)).status()).toBe(200);
      expect((await request.get(`${server.url}gids/facebook`, { maxRedirects: 0 })).status()).toBe(301);
    } finally {
      await server.stop();
    }
    expect(log).not.toMatch(/\[error\]|forbidden/);
  });
});
