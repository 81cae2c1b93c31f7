import { describe, expect, it } from 'vitest';
import { markCompounds, lexiconFromWords } from '../../src/search/shared/compound-words';
import type { ResultData } from '../../src/search/client/pagefind-components';
import { markKeywords } from '../../src/search/shared/keyword-marks';
import {
  displayParts,
  excerptPieces,
  resultView,
  searchOutcome,
  searchStatus,
} from '../../src/search/client/search-results';

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

  it('shows compounds marked in the index as written, without a place to break', () => {
    const marked = markCompounds('Privacycentrum', lexiconFromWords(['privacy', 'centrum']));
    expect(excerptPieces(`<mark>${marked}</mark>`)).toEqual([{ text: 'Privacycentrum', mark: true }]);
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
    const part = {
      title: 'Stap 3: Vul het formulier in',
      url: '/gids/facebook/#formulier',
      excerpt: '<mark>formulier</mark>',
    };
    const view = resultView(result(), [part]);
    expect(view.excerpt).toEqual([]);
    expect(view.parts).toEqual([
      {
        title: 'Stap 3: Vul het formulier in',
        url: '/gids/facebook/#formulier',
        excerpt: [{ text: 'formulier', mark: true }],
      },
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

  it('offers the guides, says why and gives back the plain form (with the typed text) when search fails', () => {
    expect(searchStatus('failed', texts)).toEqual({
      form: true,
      ui: false,
      fallback: true,
      alert: 'Zoeken lukt nu niet.',
    });
  });
});

describe('keywords in excerpts', () => {
  it('never reach the reader', () => {
    const html = `Zo maak je bezwaar. <mark>${markKeywords(['gehackt'])}</mark> ${markKeywords(['opt-out'])}`;
    const text = excerptPieces(html)
      .map((piece) => piece.text)
      .join('');
    expect(text).toBe('Zo maak je bezwaar.');
  });
});

describe('displayParts', () => {
  // Words at locations 0..: "kind instagram instagram mail"
  const content = 'kind instagram instagram mail';
  const part = (url: string, hits: [number, number][]) => ({
    title: url,
    url,
    excerpt: '',
    weighted_locations: hits.map(([location, weight]) => ({ location, weight })),
  });
  const vocabulary = {
    df: new Map([
      ['kind', 1],
      ['instagram', 40],
      ['mail', 30],
    ]),
    parts: 50,
  };

  it('prefers a part whose heading holds the words over one that says them often in its text', () => {
    const faq = result({
      url: '/vragen/',
      content,
      sub_results: [
        part('/vragen/', [[1, 1]]),
        part('/vragen/#a', [
          [1, 1],
          [2, 1],
          [1, 1],
          [2, 1],
        ]),
        part('/vragen/#b', [[1, 6]]),
        part('/vragen/#c', [[2, 1]]),
      ],
    });
    expect(displayParts(faq, 1, vocabulary).map((p) => p.url)).toEqual(['/vragen/#b']);
  });

  it('lets the rare, telling word win over common words', () => {
    const faq = result({
      url: '/vragen/',
      content,
      sub_results: [
        part('/vragen/#common', [
          [1, 6],
          [3, 6],
        ]),
        part('/vragen/#telling', [[0, 1]]),
      ],
    });
    expect(displayParts(faq, 1, vocabulary).map((p) => p.url)).toEqual(['/vragen/#telling']);
  });
});

describe('searchOutcome', () => {
  const none = { corrected: [], dropped: [], partial: false, searched: '' };

  it('says the site has nothing on this, and offers help, when nothing is found', () => {
    expect(searchOutcome('tiktok', 0, { ...none, dropped: ['tiktok'] })).toEqual({
      status: 'Over ‘tiktok’ staat niets op deze site.',
      help: true,
    });
  });

  it('says what was searched instead of a typo', () => {
    expect(searchOutcome('faceboek', 3, { ...none, corrected: [{ from: 'faceboek', to: 'facebook' }] })).toEqual({
      status: 'Geen resultaten voor ‘faceboek’. We zochten op ‘facebook’.',
      help: false,
    });
  });

  it('names the words that are not on the site, and says when results hold only some words', () => {
    expect(searchOutcome('mijn dochter', 2, { ...none, dropped: ['dochter'] }).status).toBe(
      '‘dochter’ staat niet op deze site. We zochten op de andere woorden.',
    );
    expect(searchOutcome('a b', 2, { ...none, partial: true }).status).toBe(
      'Geen pagina heeft al je woorden. Hieronder staan pagina’s met een deel ervan.',
    );
  });

  it('says nothing for plain results or an empty box', () => {
    expect(searchOutcome('facebook', 3, none)).toEqual({ status: '', help: false });
    expect(searchOutcome('  ', 0, undefined)).toEqual({ status: '', help: false });
  });
});
