// Which steps or questions the search page shows under a page result. Shared by the page
// (search-results.ts) and the relevance benchmark (tests/search/relevance.ts), so the gate
// measures what readers see.

/** A part of a page result, reduced to what choosing needs. */
export interface PartScore {
  url: string;
  /**
   * The summed weights of the words found in it. Pagefind weighs a word in a heading 6 times
   * a word in body text (editors' keywords 5), so a question whose heading matches wins over
   * one that mentions the word a few times.
   */
  weight: number;
}

/** The summed weight of a sub-result: the `weight` of each of Pagefind's `weighted_locations`. */
export function partWeight(weights: readonly number[]): number {
  return weights.reduce((sum, weight) => sum + weight, 0);
}

/**
 * The parts to show, at most `max`, in page order: without the part that is the page itself
 * (Pagefind lists the text above the first heading as a part with the page's own URL), then
 * the heaviest. Pagefind's own choice (`getDisplaySubResults`) counts matches and ignores
 * headings, so on the FAQ page a long answer that mentions "bezwaar" often beat the
 * question "Hoe maak ik bezwaar?" itself.
 */
export function shownParts<P extends PartScore>(pageUrl: string, parts: readonly P[], max: number): P[] {
  const own = parts[0]?.url === pageUrl ? parts.slice(1) : [...parts];
  if (own.length <= max) return own;
  const kept = new Set([...own].sort((a, b) => b.weight - a.weight).slice(0, max));
  return own.filter((part) => kept.has(part));
}
