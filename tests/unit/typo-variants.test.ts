// The typo bench's typos made by rule (tests/search/typo-variants.ts).
import { describe, expect, it } from 'vitest';
import { typosOf, typoVariants } from '../search/typo-variants';

describe('typosOf', () => {
  it('makes one typo of each kind inside the word, keeping its first letter', () => {
    const typos = typosOf('formulier');
    expect(typos.map(({ kind }) => kind)).toEqual(['swap', 'drop', 'double', 'key', 'sound']);
    for (const { kind, typo } of typos) {
      expect(typo[0], kind).toBe('f');
      expect(typo, kind).not.toBe('formulier');
    }
    expect(typos.find(({ kind }) => kind === 'drop')!.typo).toHaveLength(8);
    expect(typos.find(({ kind }) => kind === 'double')!.typo).toHaveLength(10);
    expect(typos.find(({ kind }) => kind === 'sound')!.typo).toBe('formulir');
    // The same typos on every run.
    expect(typosOf('formulier')).toEqual(typos);
  });
});

describe('typoVariants', () => {
  it('puts the typo in a telling word, never a filler word, and skips typos that are real words', () => {
    const variants = typoVariants('waar zie ik het formulier', () => false);
    expect(variants.length).toBeGreaterThan(3);
    for (const variant of variants) {
      expect(variant.word).toBe('formulier');
      expect(variant.query.startsWith('waar zie ik het ')).toBe(true);
    }
    const real = new Set(variants.map(({ typo }) => typo).slice(0, 2));
    expect(typoVariants('waar zie ik het formulier', (word) => real.has(word))).toHaveLength(variants.length - 2);
    expect(typoVariants('waar zie ik het', () => false)).toEqual([]);
  });
});
