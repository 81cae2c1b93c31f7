import { describe, expect, it } from 'vitest';
import { compoundHeads, compoundStandIn, compoundStandIns } from '../../src/search/build/compound-stand-ins';
import { dutchDictionary } from '../../src/search/build/dutch-dictionary';
import { formatDutchWord, formatHead, headOf, parseDutchWords } from '../../src/search/shared/dutch-words';

const site = new Set(['bedrijf', 'foto', 'dingen', 'delen', 'facebook', 'achter', 'alle']);

describe('compoundStandIn (the Dutch dictionary decides where a compound splits)', () => {
  it('gives a compound the site word that ends it', () => {
    expect(compoundStandIn('boerenbedrijf', site, dutchDictionary())).toBe('bedrijf');
    expect(compoundStandIn('vakantiefoto', site, dutchDictionary())).toBe('foto');
    expect(compoundStandIn("vakantiefoto's", site, dutchDictionary())).toBe('foto');
  });

  it('never cuts a word at letters that only look like a part, nor gives a first part', () => {
    expect(compoundStandIn('aanbiedingen', site, dutchDictionary())).toBeUndefined();
    expect(compoundStandIn('aandelen', site, dutchDictionary())).toBeUndefined();
    expect(compoundStandIn('achterwiel', site, dutchDictionary())).toBeUndefined();
  });

  it('lists only the words that have one', () => {
    const found = compoundStandIns(['boerenbedrijf', 'aanbiedingen', 'bedrijf'], site, dutchDictionary());
    expect([...found]).toEqual([['boerenbedrijf', 'bedrijf']]);
  });
});

describe('compoundHeads', () => {
  it('lets a site word few words begin with begin compounds, and names those words', () => {
    const dutch = ['facebookpagina', ...Array.from({ length: 30 }, (_, n) => `alle${'x'.repeat(n + 3)}`)];
    const { heads, begun } = compoundHeads(dutch, site);
    expect(heads).toContain('facebook');
    expect(heads).not.toContain('alle');
    expect(begun).toEqual(['facebookpagina']);
  });
});

describe('the Dutch word files', () => {
  it('read back what the build writes', () => {
    const text = [formatDutchWord('dochter'), formatDutchWord('boerenbedrijf', 'bedrijf'), formatHead('facebook')].join(
      '\n',
    );
    const read = parseDutchWords(`${text}\n`);
    expect([...read.words]).toEqual([
      ['dochter', ''],
      ['boerenbedrijf', 'bedrijf'],
    ]);
    expect(read.heads).toEqual(['facebook']);
  });

  it('find the longest head a word begins with, with three letters or more after it', () => {
    const read = parseDutchWords('face+\nfacebook+\n');
    expect(headOf('facebookgroep', read)).toBe('facebook');
    expect(headOf('facebook', read)).toBe('face');
    expect(headOf('instagramgroep', read)).toBeUndefined();
  });
});
