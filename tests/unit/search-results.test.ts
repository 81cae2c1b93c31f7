import { describe, expect, it } from 'vitest';
import { markCompounds, lexiconFromWords } from '../../src/lib/compound-words';
import type { ResultData } from '../../src/lib/pagefind-components';
import { excerptPieces, resultView, searchStatus } from '../../src/lib/search-results';

const result = (overrides: Partial<ResultData> = {}): ResultData => ({
  url: '/gids/facebook/',
  excerpt: 'Open het <mark>formulier</mark> in de app.',
  meta: { title: 'Bezwaar maken op Facebook' },
  sub_results: [],
  ...overrides,
});

describe('excerptPieces', () => {
  it('keeps the text and which words were found', () => {
    expect(excerptPieces('Open het <mark>formulier</mark> in de app.')).toEqual([
      { text: 'Open het ', mark: false },
      { text: 'formulier', mark: true },
      { text: ' in de app.', mark: false },
    ]);
  });

  it('drops any other markup and decodes entities, so nothing becomes live HTML', () => {
    expect(excerptPieces('&lt;img src=x onerror=&quot;x()&quot;&gt; <b>vet</b> &amp; &#39;t &#x2014; ok')).toEqual([
      { text: '<img src=x onerror="x()"> vet & \'t — ok', mark: false },
    ]);
    expect(excerptPieces('<img src=x onerror="x()"><mark><em>bezwaar</em></mark>')).toEqual([
      { text: 'bezwaar', mark: true },
    ]);
  });

  it('leaves an unknown entity as it is', () => {
    expect(excerptPieces('a &onbekend; b')).toEqual([{ text: 'a &onbekend; b', mark: false }]);
  });

  it('turns compound marks from the index into soft hyphens', () => {
    const marked = markCompounds('Privacycentrum', lexiconFromWords(['privacy', 'centrum']));
    expect(excerptPieces(`<mark>${marked}</mark>`)).toEqual([{ text: 'Privacy\u00ADcentrum', mark: true }]);
  });
});

describe('resultView', () => {
  it('shows the page excerpt when no step or question matches', () => {
    const view = resultView(result(), []);
    expect(view.title).toBe('Bezwaar maken op Facebook');
    expect(view.url).toBe('/gids/facebook/');
    expect(view.parts).toEqual([]);
    expect(view.excerpt.map((piece) => piece.text).join('')).toBe('Open het formulier in de app.');
  });

  it('shows the matching steps instead of the page excerpt', () => {
    const part = { title: 'Stap 3: Vul het formulier in', url: '/gids/facebook/#formulier', excerpt: '<mark>formulier</mark>' };
    const view = resultView(result(), [part]);
    expect(view.excerpt).toEqual([]);
    expect(view.parts).toEqual([
      { title: 'Stap 3: Vul het formulier in', url: '/gids/facebook/#formulier', excerpt: [{ text: 'formulier', mark: true }] },
    ]);
  });

  it('falls back to the URL for a page without a title', () => {
    expect(resultView(result({ meta: {} }), []).title).toBe('/gids/facebook/');
  });
});

describe('searchStatus', () => {
  const texts = { failed: 'Zoeken lukt nu niet.' };

  it('shows our plain form while Pagefind loads, and Pagefind once it is there', () => {
    expect(searchStatus('starting', texts)).toEqual({ form: true, ui: false, fallback: false, alert: '' });
    expect(searchStatus('ready', texts)).toEqual({ form: false, ui: true, fallback: false, alert: '' });
  });

  it('offers the guides and says why when search cannot load', () => {
    expect(searchStatus('failed', texts)).toEqual({ form: false, ui: false, fallback: true, alert: 'Zoeken lukt nu niet.' });
  });
});
