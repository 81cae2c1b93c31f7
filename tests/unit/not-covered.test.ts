// content/not-covered.yaml: every entry passes its schema, and the schema refuses what would
// make search say "nothing on this" too often (one group alone) with a Dutch message. That no
// entry matches a heading of the site is checked on the build (tests/dist/search-relevance.test.ts).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { notCoveredSchema } from '../../src/content.config';

const entries = parse(readFileSync('content/not-covered.yaml', 'utf8')) as unknown[];

describe('topics the site does not cover', () => {
  it('all pass the schema', () => {
    const problems = entries.flatMap((entry, index) =>
      (notCoveredSchema.safeParse(entry).error?.issues ?? []).map((issue) => `${index + 1}: ${issue.message}`),
    );
    expect(entries.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  const valid = {
    id: 'account-verwijderen',
    words: [
      ['account', 'profiel'],
      ['verwijderen', 'wissen'],
    ],
  };

  it.each([
    ['one group', { ...valid, words: [['account', 'profiel']] }, 'words', /^Schrijf bij words 2 of 3 groepen/],
    ['four groups', { ...valid, words: [['a1'], ['b1'], ['c1'], ['d1']] }, 'words', /^Schrijf bij words 2 of 3/],
    ['an empty group', { ...valid, words: [['account'], []] }, 'words.1', /^Een groep heeft minstens 1 woord/],
    ['a capital', { ...valid, words: [['Account'], ['wissen']] }, 'words.0.0', /^Schrijf elk woord in kleine/],
    ['an accent', { ...valid, words: [['account'], ['één']] }, 'words.1.0', /^Schrijf elk woord in kleine/],
    ['one letter', { ...valid, words: [['account'], ['x']] }, 'words.1.0', /^Schrijf woorden van 2 letters/],
    ['a group as text', { ...valid, words: ['account', ['wissen']] }, 'words.0', /^Schrijf elke groep als een lijst/],
    ['a name with spaces', { ...valid, id: 'account verwijderen' }, 'id', /^Geef het onderwerp een naam/],
  ])('refuse %s, naming the field, in Dutch', (_, entry, field, message) => {
    expect(notCoveredSchema.safeParse(valid).success).toBe(true);
    const issues = notCoveredSchema.safeParse(entry).error?.issues ?? [];
    expect(issues.map((issue) => issue.path.join('.'))).toEqual([field]);
    expect(issues[0]!.message).toMatch(message);
  });
});
