// The schema of content/pronunciation.yaml ("Lees voor"). A bad entry stops the build with
// Astro's error naming the file and the entry (the word), and this message naming the field.
import { describe, expect, it } from 'vitest';
import { pronunciationSchema } from '../../src/content.config';

const problems = (entry: unknown) =>
  (pronunciationSchema.safeParse(entry).error?.issues ?? []).map(
    (issue) => `${issue.path.join('.')}: ${issue.message}`,
  );

describe('pronunciation entries', () => {
  it('accept a word and how to say it', () => {
    expect(problems({ word: 'AI', say: 'aa ie' })).toEqual([]);
  });

  it('refuse a missing or empty say, naming the field', () => {
    expect(problems({ word: 'AI' })).toEqual([
      'say: Schrijf bij say hoe een Nederlandse stem het woord zegt, bijvoorbeeld "aa ie".',
    ]);
    expect(problems({ word: 'AI', say: '  ' })).toHaveLength(1);
  });

  it('refuse a missing word, or one YAML read as something else than text', () => {
    expect(problems({ say: 'aa ie' })[0]).toMatch(/^word: Schrijf bij word/);
    expect(problems({ word: 112, say: 'een een twee' })[0]).toMatch(/^word: /);
  });
});
