import { describe, expect, it } from 'vitest';
import {
  allowedEdits,
  correctionMessage,
  correctQuery,
  correctWord,
  editDistance,
  formatWordList,
  parseWordList,
  searchWithCorrection,
  wordListLoader,
  withoutFillerWords,
  wordsOf,
} from '../../src/lib/typo-correction';

const list = parseWordList(
  formatWordList(
    new Map([
      ['bezwaar', 9],
      ['facebook', 7],
      ['instagram', 7],
      ['formulier', 5],
      ['meta', 5],
      ['mail', 4],
      ['maal', 1],
      ['privacycentrum', 2],
      ['app', 3],
    ]),
  ),
);

describe('editDistance', () => {
  it.each([
    ['facebook', 'facebook', 0],
    ['faceboek', 'facebook', 1],
    ['facebok', 'facebook', 1],
    ['instagarm', 'instagram', 1], // two neighbours swapped: one edit
    ['formlier', 'formulier', 1],
    ['bezwar', 'bezwaar', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('stops early above the limit, reporting limit + 1', () => {
    expect(editDistance('facebook', 'instagram', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('allowedEdits', () => {
  it('allows 2 edits from 5 letters, 1 for 4, none below', () => {
    expect([allowedEdits('abc'), allowedEdits('abcd'), allowedEdits('abcde'), allowedEdits('abcdefgh')]).toEqual([
      0, 1, 2, 2,
    ]);
  });
});

describe('word list', () => {
  it('lists words most frequent first, ties alphabetically', () => {
    expect(list.words).toEqual([
      'bezwaar',
      'facebook',
      'instagram',
      'formulier',
      'meta',
      'mail',
      'app',
      'privacycentrum',
      'maal',
    ]);
  });

  it('reads its own format back, ignoring blank lines', () => {
    expect(parseWordList('een\n\ntwee\n').words).toEqual(['een', 'twee']);
  });
});

describe('correctWord', () => {
  it('corrects "faceboek" to "facebook"', () => {
    expect(correctWord('faceboek', list)).toBe('facebook');
    expect(correctWord('Faceboek', list)).toBe('facebook');
  });

  it('allows two edits for long words', () => {
    expect(correctWord('privacycentrm', list)).toBe('privacycentrum');
    expect(correctWord('fromulir', list)).toBe('formulier');
  });

  it('allows one edit for 4 letters, not two', () => {
    expect(correctWord('mets', list)).toBe('meta');
    expect(correctWord('mxyl', list)).toBeUndefined();
  });

  it('never corrects words under 4 letters, known words, or numbers', () => {
    expect(correctWord('apo', list)).toBeUndefined();
    expect(correctWord('meta', list)).toBeUndefined();
    expect(correctWord('2025x', list)).toBeUndefined();
  });

  it('breaks ties by frequency: "maul" is one edit from "mail" and "maal", "mail" is more used', () => {
    expect(correctWord('maul', list)).toBe('mail');
  });

  it('leaves a word alone when nothing is close enough', () => {
    expect(correctWord('zonnebloem', list)).toBeUndefined();
  });
});

describe('correctQuery', () => {
  it('corrects only unknown words and keeps the rest as typed', () => {
    expect(correctQuery('Faceboek bezwaar, nu!', list)).toEqual({
      query: 'facebook bezwaar, nu!',
      changed: true,
      replaced: [{ from: 'Faceboek', to: 'facebook' }],
    });
  });

  it('says when nothing changed', () => {
    expect(correctQuery('facebook bezwaar', list)).toMatchObject({ query: 'facebook bezwaar', changed: false });
  });

  it('corrects only the words the caller marks unknown', () => {
    expect(correctQuery('faceboek instagarm', list, (word) => word === 'instagarm').query).toBe('faceboek instagram');
  });
});

describe('messages', () => {
  it('says what it searched for, in Dutch', () => {
    expect(correctionMessage('faceboek', 'facebook')).toBe(
      'Geen resultaten voor ‘faceboek’. We zochten op ‘facebook’.',
    );
    expect(correctionMessage('faceboek bezwaar', 'facebook bezwaar', true)).toBe(
      'We zochten op ‘facebook bezwaar’ in plaats van ‘faceboek bezwaar’.',
    );
  });
});

describe('withoutFillerWords', () => {
  it('drops little words, keeps the topic', () => {
    expect(withoutFillerWords('hoe maak ik bezwaar')).toBe('maak bezwaar');
    expect(withoutFillerWords('Is het te laat')).toBe('laat');
  });

  it('gives nothing when nothing or everything would go', () => {
    expect(withoutFillerWords('facebook bezwaar')).toBeUndefined();
    expect(withoutFillerWords('hoe is het')).toBeUndefined();
  });
});

describe('searchWithCorrection', () => {
  /** A fake index: a query finds the pages that contain every one of its words. */
  const pages: Record<string, string> = {
    '/gids/facebook/': 'bezwaar maken op facebook',
    '/gids/instagram/': 'bezwaar maken op instagram',
  };
  const searched: string[] = [];
  const search = async (query: string) => {
    searched.push(query);
    return Object.keys(pages).filter((url) => wordsOf(query).every((word) => wordsOf(pages[url]!).includes(word)));
  };
  let loads = 0;
  const load = async () => {
    loads += 1;
    return parseWordList('bezwaar\nfacebook\ninstagram\nmaken\n');
  };

  it('searches once and never loads the word list when the query finds something', async () => {
    loads = 0;
    searched.length = 0;
    expect(await searchWithCorrection('facebook', search, load)).toEqual({ results: ['/gids/facebook/'] });
    expect(loads).toBe(0);
    expect(searched).toEqual(['facebook']);
  });

  it('corrects a query that finds nothing and says so', async () => {
    expect(await searchWithCorrection('faceboek', search, load)).toEqual({
      results: ['/gids/facebook/'],
      correction: { typed: 'faceboek', searched: 'facebook', typedFoundSomething: false },
    });
  });

  it('corrects a word that finds nothing on its own even when the whole query found something', async () => {
    const weak = async (query: string) => (query === 'instagarm' ? [] : search(query.replace('instagarm', '')));
    const result = await searchWithCorrection('bezwaar instagarm', weak, load);
    expect(result.correction).toEqual({
      typed: 'bezwaar instagarm',
      searched: 'bezwaar instagram',
      typedFoundSomething: true,
    });
  });

  it('drops filler words when even the corrected query finds nothing', async () => {
    const result = await searchWithCorrection('hoe kan ik bezwaar maken', search, load);
    expect(result).toEqual({
      results: ['/gids/facebook/', '/gids/instagram/'],
      correction: { typed: 'hoe kan ik bezwaar maken', searched: 'bezwaar maken', typedFoundSomething: false },
    });
  });

  it('then leaves out one word, keeping the most specific search that finds something', async () => {
    const result = await searchWithCorrection('bezwaar maken facebook vandaag', search, load);
    expect(result).toEqual({
      results: ['/gids/facebook/'],
      correction: {
        typed: 'bezwaar maken facebook vandaag',
        searched: 'bezwaar maken facebook',
        typedFoundSomething: false,
      },
    });
  });

  it('keeps the empty result when nothing helps', async () => {
    expect(await searchWithCorrection('zonnebloem', search, load)).toEqual({ results: [] });
  });
});

describe('wordListLoader', () => {
  it('fetches the list once and parses it', async () => {
    const urls: string[] = [];
    const fakeFetch = (async (url: string) => {
      urls.push(url);
      return new Response('facebook\nbezwaar\n');
    }) as typeof fetch;
    const load = wordListLoader('/pagefind/search-words.txt', fakeFetch);
    expect((await load()).words).toEqual(['facebook', 'bezwaar']);
    await load();
    expect(urls).toEqual(['/pagefind/search-words.txt']);
  });

  it('rejects on a failed fetch and tries again next time', async () => {
    let calls = 0;
    const flaky = (async () => {
      calls += 1;
      return calls === 1 ? new Response('', { status: 404 }) : new Response('meta\n');
    }) as typeof fetch;
    const load = wordListLoader('/pagefind/search-words.txt', flaky);
    await expect(load()).rejects.toThrow('404');
    expect((await load()).words).toEqual(['meta']);
  });
});
