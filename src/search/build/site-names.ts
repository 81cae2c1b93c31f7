// Which of the site's words are names (Facebook, WhatsApp, Google, Ierland): words the texts
// always write with a capital, also in the middle of a sentence. A name says where or who a
// query is about, not what: "whatsapp backup maken" asks about backups, which the site lacks,
// even though it has a question about WhatsApp (understand.ts, coversTopic).
import { wordsOf } from '../shared/typo-correction.ts';

/** Share of a word's uses that must start with a capital. */
const CAPITAL_SHARE = 0.9;

const startsUpper = (token: string) => /^\P{L}*\p{Lu}/u.test(token);

/**
 * Share of its uses in which a name stands inside a sentence. A verb that starts most steps
 * ("Lees", "Lukt het niet?") follows a heading without a full stop once in a while.
 */
const IN_SENTENCE_SHARE = 0.25;

/** A capital after a word in lower case is no sentence start ("van Facebook", not "Stap 2: Open"). */
const endsLower = (token: string | undefined) => token !== undefined && /\p{Ll}$/u.test(token);

/** The names among the words of these texts, as lower-case words without accents. */
export function siteNames(texts: readonly string[]): Set<string> {
  const uses = new Map<string, { all: number; upper: number; inSentence: number }>();
  for (const text of texts) {
    const tokens = text.split(/\s+/).filter(Boolean);
    tokens.forEach((token, index) => {
      const [word] = wordsOf(token);
      if (!word) return;
      const count = uses.get(word) ?? { all: 0, upper: 0, inSentence: 0 };
      count.all++;
      if (startsUpper(token)) {
        count.upper++;
        if (endsLower(tokens[index - 1])) count.inSentence++;
      }
      uses.set(word, count);
    });
  }
  return new Set(
    [...uses]
      .filter(
        ([, count]) => count.inSentence >= IN_SENTENCE_SHARE * count.all && count.upper >= CAPITAL_SHARE * count.all,
      )
      .map(([word]) => word),
  );
}
