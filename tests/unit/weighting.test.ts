import { describe, expect, it } from 'vitest';
import { formatVocabulary, idfOf, parseVocabulary, partScore, wordAt } from '../../src/search/shared/weighting';

describe('vocabulary file', () => {
  it('reads back what it writes: order, document frequency and part count', () => {
    const text = formatVocabulary(
      [
        { word: 'meta', df: 80 },
        { word: 'kind', df: 1 },
      ],
      150,
    );
    const vocabulary = parseVocabulary(text);
    expect(vocabulary.words).toEqual(['meta', 'kind']);
    expect(vocabulary.df.get('kind')).toBe(1);
    expect(vocabulary.parts).toBe(150);
  });

  it('reads back each page’s heading words per part, an empty part included', () => {
    const headings = new Map([
      ['nl_1a2b', [['bezwaar', 'maken'], [], ['werkt', 'formulier']]],
      ['nl_3c4d', [['over', 'deze', 'site']]],
    ]);
    const vocabulary = parseVocabulary(formatVocabulary([{ word: 'meta', df: 80 }], 10, headings));
    expect(vocabulary.headings).toEqual(headings);
    expect(vocabulary.words).toEqual(['meta']);
  });

  it('reads back which words are names, and only words it holds', () => {
    const words = [
      { word: 'meta', df: 80 },
      { word: 'kind', df: 3 },
      { word: 'google', df: 1 },
    ];
    const vocabulary = parseVocabulary(formatVocabulary(words, 10, new Map(), new Set(['google', 'meta', 'tiktok'])));
    expect(vocabulary.names).toEqual(new Set(['meta', 'google']));
    expect(parseVocabulary(formatVocabulary(words, 10)).names).toEqual(new Set());
  });

  it('reads back the readers’ words, phrases included, apart from the site’s words', () => {
    const readerWords = [
      { id: 'niks', site: 'niets' },
      { id: 'vorig jaar', site: 'eerder' },
      { id: 'too late', site: 'te laat' },
    ];
    const vocabulary = parseVocabulary(
      formatVocabulary([{ word: 'meta', df: 80 }], 10, new Map(), new Set(), readerWords),
    );
    expect(vocabulary.readerWords).toEqual(readerWords);
    expect(vocabulary.words).toEqual(['meta']);
  });

  it('reads back the topics the site does not cover, each as its groups of words', () => {
    const topics = [
      [
        ['account', 'profiel'],
        ['verwijderen', 'wissen'],
      ],
      [['naam'], ['veranderen'], ['instagram']],
    ];
    const text = formatVocabulary([{ word: 'meta', df: 80 }], 10, new Map(), new Set(), [], topics);
    expect(text).toContain('@x\taccount|profiel verwijderen|wissen\n');
    const vocabulary = parseVocabulary(text);
    expect(vocabulary.notCovered).toEqual(topics);
    expect(vocabulary.words).toEqual(['meta']);
  });
});

describe('idfOf and partScore', () => {
  const vocabulary = {
    df: new Map([
      ['meta', 80],
      ['kind', 1],
    ]),
    parts: 150,
  };
  const idf = (word: string) => idfOf(word, vocabulary);

  it('weighs a rare word more than a common one', () => {
    expect(idf('kind')).toBeGreaterThan(idf('meta') * 3);
  });

  it('counts each word once, at its strongest place', () => {
    expect(
      partScore(
        [
          { word: 'meta', weight: 1 },
          { word: 'meta', weight: 6 },
        ],
        idf,
      ),
    ).toBeCloseTo(idf('meta') ** 2 * 6);
  });

  it('lets one rare word beat two common ones in headings', () => {
    const common = partScore(
      [
        { word: 'meta', weight: 6 },
        { word: 'instagram', weight: 6 },
      ],
      (w) => (w === 'instagram' ? idf('meta') : idf(w)),
    );
    expect(partScore([{ word: 'kind', weight: 6 }], idf)).toBeGreaterThan(common);
  });
});

describe('wordAt', () => {
  it('reads the indexed word at a location, letters only', () => {
    expect(wordAt(['Open', 'het', 'Privacy\u00AD-centrum.'], 2)).toBe('privacycentrum');
    expect(wordAt(['\u2060kind\u2060'], 0)).toBe('kind');
  });
});
