// The search index leaves out what is marked data-not-content (see src/lib/not-content.ts):
// no checklist notes, dates, source lists or lists of other guides in the indexed text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, pageAt } from './dist-site';
import { COMPOUND_MARK } from '../../src/search/shared/compound-words';
import { NOT_CONTENT_SELECTOR } from '../../src/lib/not-content';
import { textBlocks } from '../gates/page-text';

const FRAGMENTS = join(DIST, 'pagefind/fragment');

/** What Pagefind stored per page: its URL and indexed text, with the compound marks taken out. */
const indexed = readdirSync(FRAGMENTS).map((file) => {
  const data = gunzipSync(readFileSync(join(FRAGMENTS, file))).toString('utf8');
  const fragment = JSON.parse(data.slice('pagefind_dcd'.length)) as { url: string; content: string };
  return { url: fragment.url, content: fragment.content.replaceAll(COMPOUND_MARK, '').replace(/\s+/g, ' ') };
});

/** Sentences inside not-content parts of each indexed page; short labels could occur in the text too. */
const notContent = indexed.flatMap(({ url, content }) => {
  const main = pageAt(url)?.root.querySelector('main');
  // The FAQ's table of contents repeats the group headings, which are content further down.
  const parts = (main?.querySelectorAll(NOT_CONTENT_SELECTOR) ?? []).filter((part) => part.tagName !== 'NAV');
  const sentences = parts.flatMap((part) => textBlocks(part)).filter((text) => text.split(' ').length >= 4);
  return [...new Set(sentences)].map((sentence) => ({ url, content, sentence }));
});

describe('search index', () => {
  it('reads the index of every indexed page', () => {
    expect(indexed.map((page) => page.url)).toEqual(expect.arrayContaining(['/', '/gids/facebook/', '/vragen/']));
  });

  it('finds not-content parts to check: checklist notes, dates, sources, guide lists', () => {
    const sentences = notContent.map((part) => part.sentence);
    expect(sentences).toContain('Je vinkjes blijven op dit apparaat. We sturen niets door.');
    expect(sentences.some((text) => text.startsWith('Bijgewerkt op'))).toBe(true);
    const home = notContent.filter((part) => part.url === '/').map((part) => part.sentence);
    expect(home.length).toBeGreaterThan(3);
  });

  it.each(notContent.map((part) => [part.url, part.sentence, part.content] as const))(
    '%s leaves out "%s"',
    (_url, sentence, content) => {
      expect(content).not.toContain(sentence);
    },
  );
});
