// Editors' search keywords go into the text Pagefind indexes (never into the built pages),
// each word wrapped in an invisible WORD JOINER. Pagefind drops that character from the words
// it indexes, so "gehackt" still matches, but keeps it in the text it returns for excerpts.
// The search page removes every marked word from an excerpt, so readers never see keywords.

/** Wraps each keyword word in the text Pagefind indexes. */
export const KEYWORD_MARK = '\u2060';

/** Keywords as indexed text: "⁠gehackt⁠ ⁠opt-out⁠". */
export function markKeywords(keywords: readonly string[]): string {
  return keywords
    .flatMap((keyword) => keyword.split(' '))
    .map((word) => `${KEYWORD_MARK}${word}${KEYWORD_MARK}`)
    .join(' ');
}

/**
 * A Pagefind excerpt (HTML with <mark>) without the keywords: every space-separated piece
 * with a marker goes, <mark> and all. Call it on the raw excerpt, before it becomes DOM:
 * `hideKeywords(result.excerpt)`.
 */
export function hideKeywords(excerpt: string): string {
  if (!excerpt.includes(KEYWORD_MARK)) return excerpt;
  return excerpt
    .split(/\s+/)
    .filter((piece) => !piece.includes(KEYWORD_MARK))
    .join(' ')
    .replaceAll('<mark></mark>', '')
    .trim();
}
