// What a reader's query means, and one search as the search page runs it. Pure: the search
// itself and the loading of the word lists are passed in, so the search page and the
// relevance bench run exactly the same steps.
//
// 1. Readers' words become the site's words (content/reader-words.yaml: "niks" → "niets").
// 2. Filler words go ("hoe", "ik", "waar"), unless the query is only filler words, and so do
//    the people a reader asks for ("opa"), unless a word the site lacks is there too.
// 3. The words are searched together. A word that finds nothing on its own is either a real
//    word (Dutch, or English) the site does not use (left out, and named to the reader) or a
//    typo (corrected to a close word search knows: a site word or its form, a reader's word,
//    one of the people; then the query is understood again). A real word is never "corrected".
// 4. When the query's telling words are all left out, or fewer telling words remain than
//    were left out, the site has nothing on this: no results, and the page says so. So when
//    the query holds a word of every group of a topic editors name as not covered ("account
//    verwijderen", "profiel opheffen").
// 5. When no page holds every word, pages holding some of them are ranked by how rare those
//    words are (inverse document frequency over the index).
// 6. Among the first results, pages with a step or question whose heading (or title) holds
//    every word come first ("werkt formulier": the question "Werkt het formulier van Meta
//    echt?" above a guide that has "formulier" in a heading).
import { correctWord, editDistance, normalizeWord, type WordList } from './typo-correction.ts';
import { isPersonWord, isStopWord, PEOPLE_WORDS, PERSON } from './stop-words.ts';
import { idfOf, type NotCoveredTopic, type ReaderWord, type Vocabulary } from './weighting.ts';
import { headOf, type DutchWords } from './dutch-words.ts';
import { verbStems, verbWithoutParticle } from './separable-verbs.ts';

export type { ReaderWord };

export interface SearchDeps<R> {
  /** Pagefind's search: results in ranked order. */
  search(query: string): Promise<R[]>;
  /** The site's words with their document frequencies, and the reader words (search-words.txt). */
  loadVocabulary(): Promise<Vocabulary>;
  /**
   * Which of these words (lower case, no accents) are real words (Dutch, English) close to a
   * site word, or Dutch compounds of one, each with the site word that may stand in for it
   * ('' for none). Loaded only on a miss.
   */
  loadDutchWords(words: readonly string[]): Promise<DutchWords>;
  /** Which page a result is (Pagefind's result id), to merge the results of several searches. */
  key(result: R): string;
  /** One result for a page that several one-word searches found. */
  merge(results: R[]): R;
}

export interface ReaderSearch<R> {
  results: R[];
  /** What was searched, after all the steps above. */
  searched: string;
  /** Typos, as typed and as searched. */
  corrected: { from: string; to: string }[];
  /** Words as typed that are on no page and were left out. */
  dropped: string[];
  /** No page holds every word: the results hold some of them. */
  partial: boolean;
  /** The site has nothing on the query's topic: no results are shown as answers. */
  nothing: boolean;
}

/** Every-word search finding this many pages or fewer is "very little" for a long query. */
const FEW_RESULTS = 1;

/** A word on more than this share of the parts says nothing about a topic on its own. */
export const COMMON_SHARE = 0.1;

/** The letters of a typed word, lower case without accents ("Foto's?" → "foto's"). */
export function keyOf(typed: string): string {
  return normalizeWord(typed).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Replaces readers' words with the site's, longest phrase first. */
export function applyReaderWords(tokens: readonly string[], readerWords: readonly ReaderWord[]): string[] {
  const byPhrase = new Map(readerWords.map((entry) => [entry.id, entry.site]));
  const out: string[] = [];
  for (let index = 0; index < tokens.length;) {
    let matched = 0;
    for (let length = Math.min(3, tokens.length - index); length >= 1 && !matched; length--) {
      const phrase = tokens
        .slice(index, index + length)
        .map(keyOf)
        .join(' ');
      const site = byPhrase.get(phrase);
      if (site !== undefined) {
        out.push(...site.split(/\s+/));
        matched = length;
      }
    }
    if (matched === 0) out.push(tokens[index]!);
    index += Math.max(matched, 1);
  }
  return out;
}

/** The query without filler words; the query itself when it is only filler words. */
export function withoutStopWords(tokens: readonly string[]): string[] {
  const kept = tokens.filter((token) => keyOf(token) !== '' && !isStopWord(keyOf(token)));
  return kept.length > 0 ? kept : [...tokens];
}

/** Word endings Pagefind's Dutch stemming lets a typed word add to a site word ("foto" → "fotos"). */
const ENDINGS = ['s', 'e', 'en', 'er', 'ers', 'es', 'je', 'jes', 't', 'te', 'ten', 'de', 'den', 'd', 'n'];

/** Whether `word` is `stem` plus one of the Dutch ENDINGS ("fotos": "foto" + "s"). */
const plusEnding = (word: string, stem: string) => word.startsWith(stem) && ENDINGS.includes(word.slice(stem.length));

/**
 * Whether a typed word is on the site, going by the site's own words: the word itself, a site
 * word it begins ("centr" → "centrum": Pagefind matches beginnings), or a site word plus a
 * Dutch ending. Pagefind's answer alone is not enough: it finds pages for "tiktok" too.
 * Each part of "e-mailadres" counts on its own; words with digits are left to Pagefind.
 */
export function isOnSite(word: string, vocabulary: Pick<Vocabulary, 'words' | 'positions'>): boolean {
  const parts = keyOf(word)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part.length >= 3);
  return parts.every((part) => {
    if (/\d/.test(part) || vocabulary.positions.has(part)) return true;
    // "vullen": the site's steps say "vul" (separable-verbs.ts).
    if (verbStems(part).some((stem) => vocabulary.positions.has(stem))) return true;
    return vocabulary.words.some((site) => site.startsWith(part) || (site.length >= 4 && plusEnding(part, site)));
  });
}

const isCommon = (word: string, vocabulary: Vocabulary) =>
  (vocabulary.df.get(keyOf(word)) ?? 0) > COMMON_SHARE * vocabulary.parts;

/** A word on fewer than this share of the parts, and in no heading, is only mentioned in passing. */
export const PASSING_SHARE = 0.03;

const headingWords = new WeakMap<Vocabulary, ReadonlySet<string>>();

/**
 * Whether the site only mentions a word in passing: on a few parts, and no step or question is
 * about it (no heading holds it). "wachtwoord" next to a hacked account is no page about
 * passwords. A word the word list lacks ("ai", forms such as "fotos") is not judged.
 */
function inPassing(word: string, vocabulary: Vocabulary): boolean {
  const df = vocabulary.df.get(keyOf(word));
  if (df === undefined || df >= PASSING_SHARE * vocabulary.parts) return false;
  let inHeadings = headingWords.get(vocabulary);
  if (!inHeadings) {
    inHeadings = new Set([...(vocabulary.headings?.values() ?? [])].flat(2));
    headingWords.set(vocabulary, inHeadings);
  }
  return !inHeadings.has(keyOf(word));
}

/**
 * Whether the site covers what the reader asks, once words on no page are left out: the
 * telling words that remain must be at least as many as the words left out. Telling: not on
 * most parts, not a site word standing in for a longer word as its part, not only mentioned
 * in passing; the site's words a reader word became always tell. A word on no page is the
 * rarest word a query can have, so when such words outnumber the telling ones, the query's
 * topic is not here ("filmpjes op youtube zetten": only "zet" is left; "wachtwoord vergeten":
 * the site names passwords once).
 */
export function coversTopic(
  words: readonly string[],
  dropped: readonly string[],
  standIns: ReadonlySet<string>,
  vocabulary: Vocabulary,
  fromReaderWords: ReadonlySet<string> = new Set(),
): boolean {
  if (dropped.length === 0) return true;
  const telling = words.filter(
    (word) =>
      fromReaderWords.has(word) ||
      (!isCommon(word, vocabulary) && !standIns.has(word) && !vocabulary.names?.has(keyOf(word))),
  );
  // At least one of them must be more than mentioned in passing (which an empty list is not).
  if (!telling.some((word) => fromReaderWords.has(word) || !inPassing(word, vocabulary))) return false;
  return telling.length >= dropped.length;
}

/** Whether a word is `base` or one of its stems plus a Dutch ending ("accounts", "verwijdert"). */
function isInflectionOf(letters: string, base: string): boolean {
  const stems = base.length > 4 && base.endsWith('en') ? [base, ...verbStems(base)] : [base];
  return stems.some((stem) => letters === stem || plusEnding(letters, stem));
}

/**
 * Whether a typed word (its letters) is a form of a word of a topic the site does not cover:
 * the word with a Dutch ending ("accounts", "verwijder", "verwijdert", "veranderde",
 * "blokkeert"), a participle ("gewijzigd"), a plural that writes the vowel once ("namen" for
 * "naam"), or an English plural ("stories"). A word that only begins or ends the same way is
 * another word: "profiel" is no "profielfoto", "accountcentrum" no "account", "voordelen" no
 * "delen".
 */
function formOf(letters: string, word: string): boolean {
  const base = lettersOf(word);
  if (isInflectionOf(letters, base) || (letters.startsWith('ge') && isInflectionOf(letters.slice(2), base)))
    return true;
  if (verbStems(letters).includes(base)) return true;
  return base.endsWith('y') && letters === `${base.slice(0, -1)}ies`;
}

/**
 * The topic the site does not cover that a query asks about (content/not-covered.yaml): one
 * with a word of every group in the query, in any order ("hoe verwijder ik mijn facebook
 * account", "profiel opheffen"), also after one of the site's names ("facebookaccount",
 * "whatsappgroepen"). Those words are all on the site, each in another sense ("oude berichten
 * verwijderen"), so no rule about words on no page can tell; editors name such topics instead.
 */
export function notCoveredTopic(words: readonly string[], vocabulary: Vocabulary): NotCoveredTopic | undefined {
  const names = [...(vocabulary.names ?? [])];
  // Each typed word as its letters, and without a name it begins with.
  const typed = words.flatMap((word) => {
    const letters = lettersOf(word);
    const name = names.find((name) => letters.startsWith(name) && letters.length > name.length);
    return name === undefined ? [letters] : [letters, letters.slice(name.length)];
  });
  return vocabulary.notCovered?.find((topic) =>
    topic.every((group) => group.some((word) => typed.some((letters) => formOf(letters, word)))),
  );
}

/** Only the first results move: a heading match further down says less than Pagefind's ranking. */
const HEADING_CHECKED = 5;

const lettersOf = (word: string) => keyOf(word).replace(/[^\p{L}\p{N}]/gu, '');

/** How many letters two words begin with alike. */
function sharedStart(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length++;
  return length;
}

/**
 * Whether a word Pagefind found is a form of a searched word. Pagefind matches stems and
 * beginnings, so "maaken" finds "maken" and "bezwaren" finds "bezwaar": the same beginning
 * (5+ letters), the word plus a Dutch ending, or one edit apart (4+ letters).
 */
function sameWord(found: string, word: string): boolean {
  if (found.startsWith(word) || sharedStart(found, word) >= 5) return true;
  if (found.length >= 4 && plusEnding(word, found)) return true;
  // A step's "Vul … in" is the reader's "invullen" (separable-verbs.ts).
  const verb = verbWithoutParticle(word);
  if (verb && verbStems(verb).includes(found)) return true;
  return Math.min(found.length, word.length) >= 4 && editDistance(found, word, 1) <= 1;
}

/** Whether the words of a part's title or heading hold every searched word, in some form. */
export function headingHolds(strong: readonly string[], words: readonly string[]): boolean {
  return words.map(lettersOf).every((word) => strong.some((found) => sameWord(found, word)));
}

/** Whether one of a result's parts has a title or heading that holds every word. */
function headingOf<R>(result: R, words: readonly string[], deps: SearchDeps<R>, vocabulary: Vocabulary): boolean {
  return (vocabulary.headings?.get(deps.key(result)) ?? []).some((strong) => headingHolds(strong, words));
}

/**
 * The first results, those with a part whose heading holds every word first; otherwise in
 * Pagefind's order. The headings come with the vocabulary: no page text is loaded for this.
 */
function headingsFirst<R>(results: R[], words: readonly string[], deps: SearchDeps<R>, vocabulary: Vocabulary): R[] {
  if (!vocabulary.headings || results.length < 2) return results;
  const checked = results.slice(0, HEADING_CHECKED);
  const holds = checked.map((result) => headingOf(result, words, deps, vocabulary));
  return [
    ...checked.filter((_, index) => holds[index]),
    ...checked.filter((_, index) => !holds[index]),
    ...results.slice(HEADING_CHECKED),
  ];
}

/**
 * With a separable verb ("e-mailadres invullen"), the pages whose heading holds the verb as a
 * step says it ("Vul je e-mailadres in") come first: they are searched without the particle,
 * since Pagefind finds "vullen" in "vul" but not in "invullen". Only when no first result
 * has such a heading already.
 */
async function withSplitVerbs<R>(
  results: R[],
  words: readonly string[],
  deps: SearchDeps<R>,
  vocabulary: Vocabulary,
): Promise<R[]> {
  const split = words.map((word) => {
    const verb = verbWithoutParticle(lettersOf(word));
    return verb && isOnSite(verb, vocabulary) ? verb : word;
  });
  if (split.every((word, index) => word === words[index])) return results;
  if (results.slice(0, HEADING_CHECKED).some((result) => headingOf(result, words, deps, vocabulary))) return results;
  const leading = (await deps.search(split.join(' ')))
    .slice(0, HEADING_CHECKED)
    .filter((result) => headingOf(result, words, deps, vocabulary));
  const first = new Set(leading.map((result) => deps.key(result)));
  return [...leading, ...results.filter((result) => !first.has(deps.key(result)))];
}

/** Pages that hold some of the words, the rarest words weighing most. */
async function partialSearch<R>(words: readonly string[], deps: SearchDeps<R>, vocabulary: Vocabulary): Promise<R[]> {
  const found = new Map<string, { results: R[]; score: number; best: number }>();
  for (const word of words) {
    const idf = idfOf(keyOf(word), vocabulary);
    (await deps.search(word)).forEach((result, rank) => {
      const entry = found.get(deps.key(result)) ?? { results: [], score: 0, best: Infinity };
      entry.results.push(result);
      // The rank within a word's own search breaks near ties: a heading beats a mention.
      entry.score += idf * (1 + 1 / (rank + 2));
      entry.best = Math.min(entry.best, rank);
      found.set(deps.key(result), entry);
    });
  }
  return [...found.values()]
    .sort((a, b) => b.score - a.score || a.best - b.best)
    .map((entry) => (entry.results.length === 1 ? entry.results[0]! : deps.merge(entry.results)));
}

/** Endings a site word may lose to give the form a reader types ("tieners": "tiener"), longest first. */
const FORM_ENDINGS = ['en', 's', 'e', 'n', 't'];

/**
 * The words a typo may be corrected to, each with the word then searched: the site's words;
 * their forms without an ending ("tiener" of "tieners": Pagefind finds the site word from
 * it, and "teiner" is one edit from it, two from "tieners"); and the words search understands
 * besides them, readers' words (content/reader-words.yaml) and the people a reader asks for
 * ("vasle mail" is "valse mail", which becomes "nep"; "mijn vrauw" is "mijn vrouw"). In that
 * order, so the site's words win a tie. The build keeps the real words near all of these
 * (search-words.ts), so no real word is corrected to one of them. Forms and understood words
 * of 5 and 4 letters or more: shorter ones ("fb", "pc") have too many neighbours.
 */
export function correctionTargets(
  siteWords: readonly string[],
  readerWords: readonly ReaderWord[],
): ReadonlyMap<string, string> {
  const targets = new Map(siteWords.map((word) => [word, word]));
  for (const word of siteWords) {
    for (const form of formsWithoutEnding(word, 5)) if (!targets.has(form)) targets.set(form, word);
  }
  for (const word of [...readerWords.flatMap((entry) => entry.id.split(' ')), ...PEOPLE_WORDS]) {
    if (word.length >= 4 && !targets.has(word)) targets.set(word, word);
  }
  return targets;
}

const targetLists = new WeakMap<Vocabulary, WordList & { searchedAs: ReadonlyMap<string, string> }>();

/** The nearest word a typo may be corrected to (correctionTargets), as it is then searched. */
function correctTypo(word: string, vocabulary: Vocabulary): string | undefined {
  let list = targetLists.get(vocabulary);
  if (!list) {
    const searchedAs = correctionTargets(vocabulary.words, vocabulary.readerWords ?? []);
    const words = [...searchedAs.keys()];
    list = { words, positions: new Map(words.map((target, at) => [target, at])), searchedAs };
    targetLists.set(vocabulary, list);
  }
  // A form Pagefind's stemming misses ("bezwar" of "bezwaren") is searched as its site word.
  const target = list.searchedAs.has(word) ? word : (correctWord(word, list) ?? correctWithoutEnding(word, list));
  return target === undefined ? undefined : list.searchedAs.get(target);
}

/**
 * A typo before an ending ("fottos", "foros": "foto" with "s"), corrected without the ending.
 * Pagefind finds the site word's forms from it.
 */
function correctWithoutEnding(word: string, list: WordList): string | undefined {
  for (const form of formsWithoutEnding(word, 4)) {
    const target = correctWord(form, list);
    if (target !== undefined) return target;
  }
  return undefined;
}

/** A word without each ending it may have, longest ending first, keeping `min` letters or more. */
export function formsWithoutEnding(word: string, min: number): string[] {
  return FORM_ENDINGS.filter((ending) => word.endsWith(ending) && word.length - ending.length >= min).map((ending) =>
    word.slice(0, -ending.length),
  );
}

/**
 * Whether a corrected word changes how the query is understood: a reader's word, a filler word
 * or one of the people. The query is then understood again as if typed so ("emial adres" →
 * "email adres" → "e-mailadres").
 */
function understoodOtherwise(word: string, vocabulary: Vocabulary): boolean {
  return (
    isStopWord(word) ||
    isPersonWord(word) ||
    (vocabulary.readerWords ?? []).some((entry) => entry.id.split(' ').includes(word))
  );
}

export function searchForReader<R>(typed: string, deps: SearchDeps<R>): Promise<ReaderSearch<R>> {
  return understandAndSearch(typed, deps);
}

/** With `typosBefore`: the typos corrected already, when the query is understood again. */
async function understandAndSearch<R>(
  typed: string,
  deps: SearchDeps<R>,
  typosBefore?: ReaderSearch<R>['corrected'],
): Promise<ReaderSearch<R>> {
  const outcome: ReaderSearch<R> = {
    results: [],
    searched: '',
    corrected: [...(typosBefore ?? [])],
    dropped: [],
    partial: false,
    nothing: false,
  };
  const tokens = typed.split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return outcome;
  // Preloaded with Pagefind's files, and much smaller: it comes before Pagefind could search.
  const vocabularyFirst = await deps.loadVocabulary();
  const mapped = applyReaderWords(tokens, vocabularyFirst.readerWords ?? []);
  // The site's words a reader word became are on the site by definition.
  const fromReaderWords = new Set(mapped.filter((word) => !tokens.includes(word)));
  let words = withoutStopWords(mapped);
  // The people a reader asks for are not searched (stop-words.ts), unless they are all there is.
  const isPerson = (word: string) => isPersonWord(keyOf(word));
  const people = words.some((word) => !isPerson(word)) ? words.filter(isPerson) : [];
  words = words.filter((word) => !people.includes(word));
  if (words.length === 0) return outcome;
  // As typed ("profielfoto") and as the site says it ("delete" → "verwijderen").
  if (notCoveredTopic([...tokens, ...words], vocabularyFirst)) {
    return { ...outcome, searched: words.join(' '), nothing: true };
  }
  let results = await deps.search(words.join(' '));
  const unknown: string[] = [];
  for (const word of words) {
    if (fromReaderWords.has(word)) continue;
    const found = words.length === 1 ? results.length > 0 : (await deps.search(word)).length > 0;
    if (!found || !isOnSite(word, vocabularyFirst)) unknown.push(word);
  }
  if (unknown.length > 0) {
    const [vocabulary, dutch] = await Promise.all([deps.loadVocabulary(), deps.loadDutchWords(unknown.map(keyOf))]);
    const replaced = new Map<string, string | null>();
    // Site words that stand in for a word by being part of it ("marktplaats" → "plaats"):
    // searched, but they do not show that the site covers the reader's topic.
    const standIns = new Set<string>();
    const typos: ReaderSearch<R>['corrected'] = [];
    for (const word of unknown) {
      const key = keyOf(word);
      // A real word is never corrected. A real compound is searched by the part the dictionary
      // gives it ("boerenbedrijf" → "bedrijf"), if any; another word is a typo of a site word
      // or a compound the dictionary lacks ("facebookgroep" → "facebook").
      const real = dutch.words.get(key);
      const typo = real === undefined ? correctTypo(key, vocabulary) : undefined;
      const to = real === undefined ? (typo ?? headOf(key, dutch)) : real || undefined;
      replaced.set(word, to ?? null);
      if (to) outcome.corrected.push({ from: word, to });
      else outcome.dropped.push(word);
      if (to && !typo) standIns.add(to);
      if (typo) typos.push({ from: word, to: typo });
    }
    if (!typosBefore && typos.some(({ to }) => understoodOtherwise(to, vocabulary))) {
      const fixed = tokens.map((token) => typos.find(({ from }) => from === token)?.to ?? token);
      return understandAndSearch(fixed.join(' '), deps, typos);
    }
    words = words.flatMap((word) => {
      const to = replaced.get(word);
      return to === undefined ? [word] : to === null ? [] : [to];
    });
    // Next to a word the site lacks, the people are part of what it lacks ("overleden moeder").
    if (outcome.dropped.length > 0) outcome.dropped.push(...people);
    if (words.length === 0 || !coversTopic(words, outcome.dropped, standIns, vocabulary, fromReaderWords)) {
      return { ...outcome, searched: words.join(' '), nothing: true };
    }
    results = await deps.search(words.join(' '));
  }
  results = await withSplitVerbs(results, words, deps, await deps.loadVocabulary());
  // "bezwaar maken voor mijn moeder": the site's word for the people a reader asks for is
  // ‘iemand’ ("Kan ik iemand anders helpen?"). Searched with the other words when it finds
  // something, it lifts the answers about helping someone; it is never named or left out.
  const forSomeone = people.length > 0 && results.length > 0 ? await deps.search([...words, PERSON].join(' ')) : [];
  if (forSomeone.length > 0) results = forSomeone;
  // The words the first results are put in order by: with ‘iemand’ when that was searched.
  const rankedBy = forSomeone.length > 0 ? [...words, PERSON] : words;
  // Nothing, or one page for a long query (often the long FAQ page, which holds every word
  // somewhere): pages holding some of the words come next.
  if (results.length <= FEW_RESULTS && words.length >= (results.length === 0 ? 2 : 3)) {
    const seen = new Set(results.map((result) => deps.key(result)));
    const more = (await partialSearch(words, deps, await deps.loadVocabulary())).filter(
      (result) => !seen.has(deps.key(result)),
    );
    outcome.partial = results.length === 0 && more.length > 0;
    results = [...results, ...more];
  }
  results = headingsFirst(results, rankedBy, deps, await deps.loadVocabulary());
  return { ...outcome, results, searched: words.join(' '), nothing: results.length === 0 };
}
