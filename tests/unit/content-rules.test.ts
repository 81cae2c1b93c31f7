import { describe, expect, it } from 'vitest';
import { isKebabCase, isNotInFuture, keywordProblem } from '../../src/lib/content-rules';

describe('isKebabCase', () => {
  it.each(['privacycentrum', 'bezwaar-te-maken', 'stap-2'])('accepts %s', (id) => {
    expect(isKebabCase(id)).toBe(true);
  });
  it.each(['Privacycentrum', 'bezwaar_te_maken', '-stap', 'stap-', 'twee--streepjes', '', 'één'])(
    'rejects %j',
    (id) => {
      expect(isKebabCase(id)).toBe(false);
    },
  );
});

describe('isNotInFuture', () => {
  const now = new Date('2026-11-29T10:00:00Z');
  it('accepts today and earlier', () => {
    expect(isNotInFuture(new Date('2026-11-29'), now)).toBe(true);
    expect(isNotInFuture(new Date('2025-05-27'), now)).toBe(true);
  });
  it('rejects tomorrow', () => {
    expect(isNotInFuture(new Date('2026-11-30'), now)).toBe(false);
  });
});

describe('keywordProblem', () => {
  it('accepts lower-case words and short phrases', () => {
    expect(keywordProblem(['gehackt', 'opt-out', 'bezwaar maken', "foto's van mij", 'privé'])).toBeUndefined();
  });

  it.each([['Gehackt'], ['twee  spaties'], [' gehackt'], ['een heel lange zin als zoekwoord'], ['']])(
    'rejects %j',
    (keyword) => {
      expect(keywordProblem([keyword])).toContain(`Zoekwoord "${keyword}"`);
    },
  );

  it('rejects a keyword listed twice', () => {
    expect(keywordProblem(['gehackt', 'nepaccount', 'gehackt'])).toBe(
      'Zoekwoord "gehackt" staat twee keer in de lijst.',
    );
  });
});
