// content/reader-words.yaml: every entry passes its schema, and an English reader word
// (`lang: en`) is a real English word (a typo there would never match). The English filler
// words search leaves out are English words too. That none of them is a word the site
// itself uses is checked on the build (tests/dist/search-relevance.test.ts).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readerWordSchema } from '../../src/content.config';
import { englishWords } from '../../src/search/build/dutch-dictionary';
import { ENGLISH_STOP_WORDS } from '../../src/search/shared/stop-words';

const entries = parse(readFileSync('content/reader-words.yaml', 'utf8')) as unknown[];

describe('reader words', () => {
  it('all pass the schema', () => {
    const problems = entries.flatMap((entry, index) =>
      (readerWordSchema.safeParse(entry).error?.issues ?? []).map((issue) => `${index + 1}: ${issue.message}`),
    );
    expect(problems).toEqual([]);
  });

  it('refuse a language other than English, naming the field', () => {
    const issues = readerWordSchema.safeParse({ id: 'delete', site: 'verwijderen', lang: 'de' }).error?.issues ?? [];
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['lang']);
  });

  it('list real English words', () => {
    const english = entries.map((entry) => readerWordSchema.parse(entry)).filter((entry) => entry.lang === 'en');
    expect(english.length).toBeGreaterThan(50);
    const words = englishWords();
    const notEnglish = english.flatMap((entry) => entry.id.split(' ')).filter((word) => !words.has(word));
    expect(notEnglish).toEqual([]);
  });

  it('leave out only English filler words', () => {
    const words = englishWords();
    expect(ENGLISH_STOP_WORDS.filter((word) => !words.has(word))).toEqual([]);
  });
});
