// Dutch separable verbs. Readers search the whole verb ("invullen", "uitzetten"), while the
// site's steps tell them what to do and split it: "Vul je e-mailadres in", "Zet het uit". So
// the verb without its particle is searched too, and a heading's "vul" counts as "vullen".

/** Particles that split off a Dutch verb in a sentence ("invullen": "vul … in"), longest first. */
const PARTICLES = [
  'terug',
  'door',
  'mee',
  'over',
  'vast',
  'voor',
  'weg',
  'aan',
  'bij',
  'los',
  'toe',
  'uit',
  'af',
  'in',
  'na',
  'om',
  'op',
].sort((a, b) => b.length - a.length);

/** A verb left after its particle has at least this many letters ("loggen", "zetten"). */
const MIN_VERB = 5;

/**
 * The verb without its particle, for a word that looks like a separable verb in the
 * infinitive ("invullen" → "vullen", "uitzetten" → "zetten"); otherwise undefined. Whether
 * that verb is on the site is for the caller to check: "overleden" gives "leden", which the
 * site does not use.
 */
export function verbWithoutParticle(word: string): string | undefined {
  const particle = PARTICLES.find((start) => word.startsWith(start));
  if (!particle) return undefined;
  const verb = word.slice(particle.length);
  // "uitgezet", "ingevuld": a participle's "ge" stays, and it is no infinitive.
  return verb.length >= MIN_VERB && verb.endsWith('en') && !verb.startsWith('ge') ? verb : undefined;
}

const VOWELS = 'aeiou';
const isVowel = (letter: string | undefined) => letter !== undefined && VOWELS.includes(letter);

/**
 * The forms a step uses for a verb in the infinitive ("vullen" → "vul", "sturen" → "stuur",
 * "geven" → "geef"): without "en", a doubled last letter single, or an open vowel written
 * twice. Both spellings are given where the rule cannot tell ("schakelen": "schakel").
 */
export function verbStems(infinitive: string): string[] {
  if (!infinitive.endsWith('en') || infinitive.length < 4) return [];
  let stem = infinitive.slice(0, -2);
  const last = stem.at(-1)!;
  if (!isVowel(last) && stem.at(-2) === last) return [stem.slice(0, -1)];
  stem = stem.replace(/v$/, 'f').replace(/z$/, 's');
  const vowel = stem.at(-2);
  const open = !isVowel(last) && isVowel(vowel) && !isVowel(stem.at(-3)) && vowel !== 'i';
  return open ? [`${stem.slice(0, -1)}${vowel}${stem.at(-1)}`, stem] : [stem];
}
