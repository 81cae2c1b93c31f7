import { describe, expect, it } from 'vitest';
import { cacheControlFor } from '../../src/lib/http-policy';
import {
  CACHE_PREFIX,
  PRECACHE_PAGES,
  SERVICE_WORKER_PATH,
  serviceWorkerEnabled,
  workerScript,
} from '../../src/lib/service-worker';

describe('serviceWorkerEnabled', () => {
  it('is on unless SERVICE_WORKER is "off", and refuses anything else', () => {
    for (const value of [undefined, '', 'on']) expect(serviceWorkerEnabled(value)).toBe(true);
    expect(serviceWorkerEnabled('off')).toBe(false);
    expect(() => serviceWorkerEnabled('uit')).toThrow(/SERVICE_WORKER/);
  });
});

describe('workerScript', () => {
  const script = workerScript({ buildId: 'abc123', precache: [...PRECACHE_PAGES, '/_astro/x.js'], enabled: true });

  it('is valid JavaScript with one cache per build and the pages to save at install', () => {
    expect(() => new Function(script)).not.toThrow();
    expect(script).toContain(`const CACHE = "${CACHE_PREFIX}abc123";`);
    for (const path of ['/gids/facebook/', '/gids/instagram/', '/mijn-plan/']) expect(script).toContain(`"${path}"`);
    expect(script).toContain('skipWaiting');
    expect(script).toContain('clients.claim');
  });

  it('answers only its own origin, and serves pages network-first', () => {
    expect(script).toContain('url.origin !== location.origin) return;');
    expect(script).not.toMatch(/https?:\/\//);
    expect(script.indexOf('await fetch(event.request)')).toBeLessThan(script.indexOf('caches.match(key'));
  });

  it('as the kill switch removes its caches and itself, and handles no request', () => {
    const kill = workerScript({ buildId: 'x', precache: [], enabled: false });
    expect(() => new Function(kill)).not.toThrow();
    expect(kill).toContain('registration.unregister()');
    expect(kill).toContain('caches.delete');
    expect(kill).not.toContain('"fetch"');
  });

  it('is served no-cache, so a new build is seen at the next check', () => {
    expect(cacheControlFor(SERVICE_WORKER_PATH)).toBe('no-cache');
  });
});
