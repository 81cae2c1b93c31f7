import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, findBrowser, findNginx, planInstall, type World } from '../../deploy/scripts/tools';

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
