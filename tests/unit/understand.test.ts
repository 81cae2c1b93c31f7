import { NO_DUTCH_WORDS } from '../../src/search/shared/dutch-words';
import { describe, expect, it } from 'vitest';
import {
  applyReaderWords,
  coversTopic,
  headingHolds,
  isOnSite,
  notCoveredTopic,
  searchForReader,
  withoutStopWords,
  type SearchDeps,
} from '../../src/search/shared/understand';
import { parseVocabulary } from '../../src/search/shared/weighting';

// A tiny site: each page lists its words. 10 parts; "facebook" is on most of them.
const PAGES: Record<string, string[]> = {
  '/gids/facebook/': ['facebook', 'bezwaar', 'formulier', 'account'],
  '/vragen/#kinderen': ['kinderen', 'facebook', 'account'],
  '/vragen/#spam': ['spam', 'mail', 'niets'],
};
// The reader words come with the word list, as on the site (search-words.txt).
const vocabulary = parseVocabulary(
  '@parts 10\nfacebook\t9\nbezwaar\t2\nformulier\t2\naccount\t8\nkinderen\t1\nspam\t1\nmail\t2\nniets\t2\n' +
    '@r\tniks\tniets\n@r\tvorig jaar\teerder\n',
);

/** Every-word search over `pages`, as Pagefind matches beginnings: the pages holding each word. */
function searchOver(pages: Record<string, string[]>) {
  return async (query: string) => {
    const words = query.split(' ').map((word) => word.toLowerCase());
    return Object.keys(pages).filter((url) => words.every((word) => pages[url]!.some((w) => w.startsWith(word))));
  };
}

function deps(overrides: Partial<SearchDeps<string>> = {}): SearchDeps<string> & { searched: string[] } {
  const searched: string[] = [];
  const search = searchOver(PAGES);
  return {
    searched,
    search: async (query) => {
      searched.push(query);
      return search(query);
    },
    loadVocabulary: async () => vocabulary,
    loadDutchWords: async (words) => ({
      words: new Map(words.filter((word) => ['dochter', 'moeder'].includes(word)).map((word) => [word, ''])),
      heads: [],
    }),
    key: (url) => url,
    merge: (urls) => urls[0]!,
    ...overrides,
  };
}

describe('applyReaderWords', () => {
  it('swaps readers’ words and phrases for the site’s, longest first', () => {
    const words = [
      { id: 'niks', site: 'niets' },
      { id: 'vorig jaar', site: 'eerder' },
      { id: 'vorig', site: 'x' },
    ];
    expect(applyReaderWords(['Niks', 'gehoord', 'vorig', 'jaar'], words)).toEqual(['niets', 'gehoord', 'eerder']);
  });
});

describe('withoutStopWords', () => {
  it('drops filler words, unless the query is only filler words', () => {
    expect(withoutStopWords(['waar', 'zie', 'ik', 'het', 'formulier?'])).toEqual(['formulier?']);
    expect(withoutStopWords(['kan', 'het', 'nog'])).toEqual(['kan', 'het', 'nog']);
  });
});

describe('isOnSite', () => {
  it('knows site words, their beginnings and Dutch endings, not look-alikes', () => {
    const list = parseVocabulary('@parts 1\nfoto\t1\nlink\t1\ncentrum\t1\n');
    expect(['foto', 'fotos', "foto's", 'centr'].map((word) => isOnSite(word, list))).toEqual([true, true, true, true]);
    expect(['linkdin', 'tiktok'].map((word) => isOnSite(word, list))).toEqual([false, false]);
  });
});

describe('searchForReader', () => {
  it('leaves out filler words before it searches', async () => {
    const run = deps();
    const outcome = await searchForReader('waar zie ik het formulier', run);
    expect(run.searched[0]).toBe('formulier');
    expect(outcome.results).toEqual(['/gids/facebook/']);
  });

  it('never corrects a real Dutch word: it leaves it out and names it', async () => {
    const outcome = await searchForReader('mijn dochter kinderen', deps());
    expect(outcome.corrected).toEqual([]);
    expect(outcome.dropped).toEqual(['dochter']);
    expect(outcome.results).toEqual(['/vragen/#kinderen']);
  });

  it('corrects a typo that is no Dutch word to a close site word', async () => {
    const outcome = await searchForReader('formlier', deps());
    expect(outcome.corrected).toEqual([{ from: 'formlier', to: 'formulier' }]);
    expect(outcome.results).toEqual(['/gids/facebook/']);
  });

  it('corrects a typo of a reader’s word or of the people, and understands the query again', async () => {
    const run = deps();
    // "nikss" is "niks", which the site calls "niets".
    const niks = await searchForReader('nikss', run);
    expect(niks).toMatchObject({ corrected: [{ from: 'nikss', to: 'niks' }], searched: 'niets' });
    expect(niks.results).toEqual(['/vragen/#spam']);
    // "moeedr" is "moeder": one of the people, so left out without "nothing on this".
    const moeder = await searchForReader('bezwaar voor mijn moeedr', run);
    expect(moeder).toMatchObject({ nothing: false, dropped: [], searched: 'bezwaar', results: ['/gids/facebook/'] });
  });

  it('corrects a typo before an ending, and a form the index does not stem', async () => {
    // "formullieren" is "formulier" with "en" after a typo: searched as the site word.
    expect((await searchForReader('formullieren', deps())).corrected).toEqual([
      { from: 'formullieren', to: 'formulier' },
    ]);
    // "kinder" is "kinderen" without "en"; "kindr", one edit from it, is searched as "kinderen".
    expect((await searchForReader('kindr', deps())).corrected).toEqual([{ from: 'kindr', to: 'kinderen' }]);
  });

  it('says the site has nothing on it when the telling words are on no page', async () => {
    expect((await searchForReader('tiktok', deps())).nothing).toBe(true);
    // Only a word on most pages is left: no answer either.
    const outcome = await searchForReader('account van overleden moeder', deps());
    expect(outcome).toMatchObject({ nothing: true, results: [], dropped: ['overleden', 'moeder'] });
  });

  it('leaves out the people a reader asks for, without naming them or saying "nothing on this"', async () => {
    const outcome = await searchForReader('bezwaar voor mijn opa op facebook', deps());
    expect(outcome).toMatchObject({ nothing: false, dropped: [], results: ['/gids/facebook/'] });
  });

  it('searches the people as the site’s ‘iemand’ when a page about helping someone has the other words', async () => {
    const helping = '/vragen/#iemand-anders-helpen';
    const search = searchOver({ ...PAGES, [helping]: ['iemand', 'anders', 'helpen', 'bezwaar'] });
    const outcome = await searchForReader('bezwaar voor mijn moeder', deps({ search }));
    expect(outcome).toMatchObject({ nothing: false, dropped: [], searched: 'bezwaar', results: [helping] });
    // Without people, "iemand" is not searched.
    expect((await searchForReader('bezwaar', deps({ search }))).results).toEqual(['/gids/facebook/', helping]);
  });

  it('adds pages with some of the words when searching for someone finds only one page', async () => {
    const helping = '/vragen/#iemand-anders-helpen';
    const search = searchOver({ ...PAGES, [helping]: ['iemand', 'bezwaar', 'formulier', 'spam'] });
    const outcome = await searchForReader('bezwaar formulier spam voor mijn moeder', deps({ search }));
    expect(outcome.results[0]).toBe(helping);
    expect(outcome.results.slice(1).sort()).toEqual(['/gids/facebook/', '/vragen/#spam']);
  });

  it('falls back to pages with some of the words, the rarest word first', async () => {
    const outcome = await searchForReader('spam formulier', deps());
    expect(outcome.partial).toBe(true);
    expect(outcome.results.sort()).toEqual(['/gids/facebook/', '/vragen/#spam']);
  });

  it('applies reader words before searching', async () => {
    const run = deps();
    await searchForReader('niks', run);
    expect(run.searched[0]).toBe('niets');
  });

  it('puts a page whose step or question heading holds every word first', async () => {
    // Both pages hold both words; only the second has them together in a heading.
    const headings = new Map([
      ['/gids/facebook/', [['bezwaar', 'formulier'], ['werkt']]],
      ['/vragen/#spam', [['spam'], ['werkt', 'het', 'formulier']]],
    ]);
    const run = deps({
      search: async () => ['/gids/facebook/', '/vragen/#spam'],
      loadDutchWords: async () => NO_DUTCH_WORDS,
      loadVocabulary: async () => ({ ...parseVocabulary('@parts 10\nwerkt\t2\nformulier\t2\n'), headings }),
    });
    expect((await searchForReader('werkt formulier', run)).results).toEqual(['/vragen/#spam', '/gids/facebook/']);
    // Both pages hold the one word in a heading: Pagefind's order stays.
    expect((await searchForReader('formulier', run)).results).toEqual(['/gids/facebook/', '/vragen/#spam']);
  });
});

describe('notCoveredTopic', () => {
  const topics = parseVocabulary(
    '@parts 10\naccount\t8\n@x\taccount|profiel verwijderen|wissen|opheffen\n@x\tgebruikersnaam veranderen\n',
  );
  const accountTopic = [
    ['account', 'profiel'],
    ['verwijderen', 'wissen', 'opheffen'],
  ];

  it('finds a topic when the query holds a word of every group, in any order and form', () => {
    expect(notCoveredTopic(['verwijder', 'facebook', 'account'], topics)).toEqual(accountTopic);
    expect(notCoveredTopic(['accounts', 'verwijdert'], topics)).toEqual(accountTopic);
    expect(notCoveredTopic(['profiel', 'wissen'], topics)).toEqual(accountTopic);
    expect(notCoveredTopic(['opheffen', 'profiel'], topics)).toEqual(accountTopic);
    expect(notCoveredTopic(['gebruikersnaam', 'veranderd'], topics)).toEqual([['gebruikersnaam'], ['veranderen']]);
  });

  it('counts forms of a word, also after a name of the site, never a longer word', () => {
    // "facebook" is word 0 of the list, and a name.
    const holds = (typed: string, words: string) =>
      notCoveredTopic(typed.split(' '), parseVocabulary(`@parts 10\nfacebook\t9\n@names\t0\n@x\t${words}\n`)) !==
      undefined;
    expect(holds('namen gewijzigd', 'naam wijzigen')).toBe(true);
    expect(holds('iemand geblokkeerd', 'iemand blokkeren')).toBe(true);
    expect(holds('blokkeert iemand', 'iemand blokkeren')).toBe(true);
    expect(holds('stories bekijken', 'story bekijken')).toBe(true);
    expect(holds('facebookaccounts verwijderd', 'account verwijderen')).toBe(true);
    expect(holds('emailadres wijzigen', 'e-mailadres wijzigen')).toBe(true);
    expect(holds('profiel veranderen', 'profielfoto veranderen')).toBe(false);
    expect(holds('accountcentrum verwijderen', 'account verwijderen')).toBe(false);
    expect(holds('nepaccount verwijderen', 'account verwijderen')).toBe(false);
    expect(holds('insta installeren', 'instagram installeren')).toBe(false);
    expect(holds('voordelen locatie', 'locatie delen')).toBe(false);
  });

  it('needs a word of every group: one group alone is no topic the site lacks', () => {
    expect(notCoveredTopic(['oude', 'berichten', 'verwijderen'], topics)).toBeUndefined();
    expect(notCoveredTopic(['account', 'gekaapt'], topics)).toBeUndefined();
    expect(notCoveredTopic(['profiel', 'account'], topics)).toBeUndefined();
    expect(notCoveredTopic(['accountcentrum'], topics)).toBeUndefined();
  });

  it('makes the search say the site has nothing on it, without searching', async () => {
    const run = deps({ loadVocabulary: async () => topics });
    const outcome = await searchForReader('hoe verwijder ik mijn facebook account', run);
    expect(outcome).toMatchObject({ nothing: true, results: [], dropped: [] });
    expect(run.searched).toEqual([]);
  });

  it('matches the words as typed, before reader words become the site’s', async () => {
    const swapped = parseVocabulary('@parts 10\nfoto\t3\n@r\tprofielfoto\tfoto\n@x\tprofielfoto veranderen|wijzigen\n');
    const outcome = await searchForReader('profielfoto veranderen', deps({ loadVocabulary: async () => swapped }));
    expect(outcome.nothing).toBe(true);
  });
});

describe('headingHolds', () => {
  it('accepts the forms Pagefind matches', () => {
    expect(headingHolds(['bezwaar', 'maken'], ['bezwaren', 'maaken'])).toBe(true);
    expect(headingHolds(['bezwaar', 'maken'], ['bezwaar', 'formulier'])).toBe(false);
    expect(headingHolds(['privacycentrum'], ['privacy'])).toBe(true);
  });
});

describe('coversTopic', () => {
  it('needs at least as many telling words left as were left out', () => {
    const none = new Set<string>();
    expect(coversTopic(['kinderen'], ['dochter'], none, vocabulary)).toBe(true);
    expect(coversTopic(['kinderen'], ['filmpjes', 'youtube'], none, vocabulary)).toBe(false);
    // A word on most parts, or a part standing in for a word, shows no topic.
    expect(coversTopic(['facebook'], ['verkopen'], none, vocabulary)).toBe(false);
    expect(coversTopic(['spam'], ['verkopen'], new Set(['spam']), vocabulary)).toBe(false);
    expect(coversTopic(['facebook'], [], none, vocabulary)).toBe(true);
  });

  // 200 parts: a word on 1 to 5 of them, in no heading, is only mentioned in passing.
  const site = parseVocabulary(
    [
      '@parts 200',
      'whatsapp\t9',
      'kinderen\t3',
      'wachtwoord\t2',
      'menu\t12',
      // Headings hold "kinderen" and "menu" (positions 1 and 3, base 36).
      '@h\tnl_1\t1|3',
      // "whatsapp" is a name: positions base 36.
      '@names\t0',
    ].join('\n'),
  );

  it('takes no word the site mentions only in passing, nor a name, as the topic', () => {
    const none = new Set<string>();
    expect(coversTopic(['wachtwoord'], ['vergeten'], none, site)).toBe(false);
    expect(coversTopic(['whatsapp'], ['backup'], none, site)).toBe(false);
    // As rare, but a question is about it: its heading holds it.
    expect(coversTopic(['kinderen'], ['dochter'], none, site)).toBe(true);
    // A word in passing still counts beside a word the site is about.
    expect(coversTopic(['wachtwoord', 'menu'], ['scherm', 'drie'], none, site)).toBe(true);
  });

  it('takes the site’s words a reader word became as telling, however common', () => {
    expect(coversTopic(['facebook'], ['right'], new Set(), vocabulary)).toBe(false);
    expect(coversTopic(['facebook'], ['right'], new Set(), vocabulary, new Set(['facebook']))).toBe(true);
  });
});
