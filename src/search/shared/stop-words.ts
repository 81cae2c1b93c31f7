// Dutch filler words: little words that carry no topic. Pagefind only finds pages that hold
// every word searched, so a spoken question ("waar zie ik dat formulier") found only the long
// FAQ page, or nothing. These are left out before searching, unless the query is only these.
// The base is the common Dutch stop-word list (Snowball), plus spoken filler ("eigenlijk",
// "gewoon", "zie"). Question words that FAQ headings turn on stay in: "waarom", "wanneer",
// "sinds".

/**
 * English filler words readers mix in ("delete my account"). None of them is a Dutch word
 * (tests/unit/reader-words.test.ts), so no Dutch topic word is lost.
 */
export const ENGLISH_STOP_WORDS: readonly string[] = (
  'i my mine the a an to for and or on at are it its do does did can could how what where who which with ' +
  'from about this that your you be been has not should would will there they them please ' +
  'get got need just also any some all very much more here now then than if so as by'
).split(' ');

/**
 * The people a reader asks for ("mijn opa wil bezwaar maken", "help ik mijn moeder"): who a
 * question is about, not what. The site's answers hold for everyone (its word for them is
 * ‘iemand anders’), so they are not searched, and on their own never make a query one the
 * site has nothing on. Next to a word the site lacks they are part of what it lacks
 * ("account van overleden moeder"): understand.ts. Children are not among them: the site has
 * answers about children (content/reader-words.yaml maps "dochter" to "kind").
 */
export const PEOPLE_WORDS: readonly string[] = (
  'opa oma vader moeder pa ma papa mama ouders schoonmoeder schoonvader partner vrouw ' +
  'echtgenote echtgenoot buurvrouw buurman tante oom broer zus broers zussen vriendin familie familielid'
).split(' ');

/** The site's own word for the people a reader asks for ("Kan ik iemand anders helpen?"). */
export const PERSON = 'iemand';

export const STOP_WORDS: ReadonlySet<string> = new Set(
  // Snowball's Dutch list, without "niets", "geen", "onder", "andere" (they carry a topic here).
  (
    'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat ' +
    'mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want ' +
    'nog zal me zij nu ge omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus ' +
    'alles ja eens hier werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon uw iemand geweest ' +
    // Spoken filler and forms the list lacks.
    "jij jou jouw jullie we wij mn m'n waar welk welke zie zien kun kunt mag moeten wilt zou zouden hebt " +
    'doe doet gaat ga gaan eigenlijk gewoon helemaal even wel dan toch nou hoor eh ehm graag alsjeblieft aub ' +
    "iemand ermee hiermee daarmee erover ervan erbij vanaf zo'n " +
    // Verbs that frame a spoken question ("ik denk dat…", "hoe zorg ik dat…", "mijn zoon zei…"),
    // not its topic. Rare on the site, so they would weigh most in a partial match.
    'denk denken dacht zorg zorgen zei zegt hoop hoopt snap snapt begrijp begrijpt willen wilde ' +
    // Chat and greeting words readers put around a question.
    'ofzo enzo trouwens misschien ff svp pls hallo hoi hey bedankt alvast dankjewel dankuwel'
  )
    .split(' ')
    .concat(ENGLISH_STOP_WORDS),
);

/** Whether a word (lower case, no accents) is a filler word. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

const PEOPLE: ReadonlySet<string> = new Set(PEOPLE_WORDS);

/** Whether a word (lower case, no accents) is one of the people a reader asks for. */
export function isPersonWord(word: string): boolean {
  return PEOPLE.has(word);
}
