import { describe, expect, it } from 'vitest';
import {
  DEBIAN_CHROMIUM,
  DUTCH_HYPHENATION,
  findBrowser,
  findFirefox,
  findNginx,
  findWebKit,
  MINIBROWSER_PATHS,
  planInstall,
  WEBKIT_DRIVER,
  XVFB,
  type World,
} from '../../deploy/scripts/tools';

const world = (files: string[], env: Record<string, string> = {}, playwrightBrowser?: string): World => ({
  env,
  exists: (path) => files.includes(path),
  playwrightBrowser,
});

describe('findBrowser', () => {
  it("takes CHROME_PATH first, then Debian's chromium, then Playwright's own browser", () => {
    const all = ['/opt/chrome', DEBIAN_CHROMIUM, '/pw/chrome'];
    expect(findBrowser(world(all, { CHROME_PATH: '/opt/chrome' }, '/pw/chrome'))).toEqual({
      path: '/opt/chrome',
      source: 'CHROME_PATH',
    });
    expect(findBrowser(world(all, {}, '/pw/chrome'))).toMatchObject({ path: DEBIAN_CHROMIUM });
    expect(findBrowser(world(['/pw/chrome'], {}, '/pw/chrome'))).toMatchObject({ path: '/pw/chrome' });
  });

  it('reports a CHROME_PATH that does not exist instead of silently taking another browser', () => {
    expect(findBrowser(world([DEBIAN_CHROMIUM], { CHROME_PATH: '/nope' }))).toEqual({
      missing: 'CHROME_PATH is set to /nope, which does not exist',
    });
  });

  it('reports a missing browser when Playwright has none installed either', () => {
    expect(findBrowser(world([], {}, '/pw/chrome'))).toHaveProperty('missing');
  });
});

describe('findNginx', () => {
  it('needs nginx and its brotli module', () => {
    const module = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
    expect(findNginx(world(['/usr/sbin/nginx', module]))).toEqual({ nginx: '/usr/sbin/nginx', brotliModule: module });
    expect(findNginx(world(['/usr/sbin/nginx']))).toEqual({ missing: "nginx's brotli module is not installed" });
    expect(findNginx(world([module]))).toEqual({ missing: 'nginx is not installed' });
  });
});

describe('planInstall', () => {
  it('installs with apt-get as root', () => {
    expect(planInstall('nginx', 'x', true, true).commands).toEqual([
      ['apt-get', 'update', '-qq'],
      ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'nginx', 'libnginx-mod-http-brotli-static'],
    ]);
    expect(planInstall('browser', 'x', true, true).commands?.[1]).toContain('chromium');
  });

  it('otherwise stops with one line that names the command', () => {
    const stop = planInstall('browser', 'no Chromium found', true, false).stop!;
    expect(stop).not.toContain('\n');
    expect(stop).toContain('sudo apt-get install chromium');
    expect(stop).toContain('CHROME_PATH');
    expect(planInstall('nginx', 'nginx is not installed', true, false).stop).toContain(
      'sudo apt-get install nginx libnginx-mod-http-brotli-static',
    );
  });
});

describe('findFirefox', () => {
  it("takes FIREFOX_PATH first, then Debian's firefox-esr", () => {
    const all = ['/opt/firefox', '/usr/bin/firefox-esr', '/usr/bin/firefox'];
    expect(findFirefox(world(all, { FIREFOX_PATH: '/opt/firefox' }))).toEqual({
      path: '/opt/firefox',
      source: 'FIREFOX_PATH',
    });
    expect(findFirefox(world(all))).toMatchObject({ path: '/usr/bin/firefox-esr' });
    expect(findFirefox(world(['/usr/bin/firefox']))).toMatchObject({ path: '/usr/bin/firefox' });
  });

  it('reports a FIREFOX_PATH that does not exist, and no Firefox at all', () => {
    expect(findFirefox(world(['/usr/bin/firefox-esr'], { FIREFOX_PATH: '/nope' }))).toEqual({
      missing: 'FIREFOX_PATH is set to /nope, which does not exist',
    });
    expect(findFirefox(world([]))).toHaveProperty('missing');
  });
});

describe('findWebKit', () => {
  const arm = MINIBROWSER_PATHS.find((path) => path.includes('aarch64'))!;
  const all = [WEBKIT_DRIVER, arm, XVFB, DUTCH_HYPHENATION];

  it('needs the driver, a MiniBrowser for this platform, Xvfb and Dutch hyphenation', () => {
    expect(findWebKit(world(all))).toEqual({ driver: WEBKIT_DRIVER, browser: arm, xvfb: XVFB });
    expect(findWebKit(world(all.filter((path) => path !== arm)))).toHaveProperty('missing');
    expect(findWebKit(world(all.filter((path) => path !== WEBKIT_DRIVER)))).toHaveProperty('missing');
    expect(findWebKit(world(all.filter((path) => path !== XVFB)))).toEqual({ missing: 'Xvfb is not installed' });
    expect(findWebKit(world(all.filter((path) => path !== DUTCH_HYPHENATION)))).toEqual({
      missing: 'Dutch hyphenation (hyphen-nl) is not installed',
    });
  });

  it('installs all of WebKit in one apt-get, or names the command', () => {
    expect(planInstall('webkit', 'x', true, true).commands?.[1]).toEqual([
      'apt-get',
      'install',
      '-y',
      '-qq',
      '--no-install-recommends',
      'webkit2gtk-driver',
      'xvfb',
      'hyphen-nl',
    ]);
    expect(planInstall('firefox', 'no Firefox found', true, false).stop).toBe(
      'no Firefox found: run `sudo apt-get install firefox-esr`, or set FIREFOX_PATH, then try again.',
    );
  });
});
