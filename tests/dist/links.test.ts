// Every internal link and #anchor in the built site resolves, and link texts say where they go.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, pageAt, pages } from './dist-site';

const SITE_ORIGIN = 'http://site.invalid';
/** Dutch link texts that do not say where a link goes. */
const VAGUE_LINK_TEXTS = ['klik hier', 'hier', 'lees meer', 'meer', 'deze link', 'link'];

function targetExists(pathname: string): boolean {
  if (pageAt(pathname)) return true;
  const file = join(DIST, decodeURIComponent(pathname));
  return existsSync(file) && !pathname.endsWith('/');
}

describe.each(pages.map((page) => [page.path, page] as const))('%s', (path, page) => {
  const base = new URL(path, SITE_ORIGIN);
  const links = page.root
    .querySelectorAll('a[href], form[action]')
    .map((element) => element.getAttribute('href') ?? element.getAttribute('action') ?? '')
    .map((href) => new URL(href, base))
    .filter((url) => url.origin === SITE_ORIGIN);

  it('links only to pages and files that exist', () => {
    const missing = links.filter((url) => !targetExists(url.pathname)).map((url) => url.href);
    expect(missing).toEqual([]);
  });

  it('links only to #anchors that exist', () => {
    const missing = links
      .filter((url) => url.hash && targetExists(url.pathname))
      .filter((url) => {
        const target = url.pathname === base.pathname ? page : pageAt(url.pathname);
        const id = decodeURIComponent(url.hash.slice(1));
        return !target?.root.getElementById(id);
      })
      .map((url) => url.href.replace(SITE_ORIGIN, ''));
    expect(missing).toEqual([]);
  });

  it('has no vague link texts', () => {
    const vague = page.root
      .querySelectorAll('a')
      .map((link) => link.textContent.trim().toLowerCase())
      .filter((text) => VAGUE_LINK_TEXTS.includes(text));
    expect(vague).toEqual([]);
  });
});
