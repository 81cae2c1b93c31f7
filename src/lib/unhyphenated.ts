// Names and addresses that must never be hyphenated: a reader types an address as printed
// ("metabe-zwaar.nl" reaches nothing) and looks for a brand as written ("Fa-cebook" is not
// what the app says). Every page's HTML goes through `markUnhyphenated` at build time
// (src/middleware.ts), which wraps each such name in running text in
// <span class="no-hyphens">, so editors never mark them by hand. Links, e-mail addresses
// and source lists are kept whole by CSS (global.css).

/** Brands the texts name. Source names (publishers) come from content/sources.yaml. */
export const BRAND_NAMES = [
  'Facebook',
  'Instagram',
  'Meta',
  'WhatsApp',
  'Messenger',
  'Threads',
  'LinkedIn',
  'Google',
  'Apple',
  'Android',
  'iPhone',
  'Pagefind',
] as const;

export const NO_HYPHENS_CLASS = 'no-hyphens';

/** The names in a publisher line: "Autoriteit Persoonsgegevens via Security.nl" is two; "(Ierland)" is a note. */
export function publisherNames(publisher: string): string[] {
  return publisher
    .replace(/\s*\([^)]*\)/g, '')
    .split(/\s+via\s+/)
    .map((name) => name.trim())
    .filter(Boolean);
}

const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
/** A host name with a common top-level domain, optionally a path: "metabezwaar.nl/gids/facebook". */
const ADDRESS = String.raw`(?:https?:\/\/)?(?:[\w-]+\.)+(?:nl|be|de|eu|com|org|net|ie|ai)(?:\/[\w\-./#?=&%~]*[\w/])?`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern for every name (longest first, so "Meta AI" beats "Meta"), e-mail address and address. */
export function unhyphenatedPattern(names: readonly string[]): RegExp {
  const alternatives = [...new Set(names)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}@.\/-])(?:${EMAIL}|${ADDRESS}|${alternatives.join('|')})(?![\p{L}\p{N}@])`,
    'gu',
  );
}

/**
 * Elements whose text is not running text, cannot hold a <span>, or is never hyphenated
 * anyway (headings and links, global.css): no bytes spent on marks there.
 */
const SKIP = new Set(['head', 'svg', 'template', 'option', 'code', 'pre', 'h1', 'h2', 'h3', 'a']);

/**
 * Raw-text elements, taken whole: their text may hold "<" and ">" that are not tags. Then
 * comments, tags, and the text between them.
 */
const TOKENS = /(<(script|style|textarea|title)\b[\s\S]*?<\/\2\s*>|<!--[\s\S]*?-->|<[^>]*>)|([^<]+|<)/gi;

/**
 * Wraps every name, e-mail address and address in the text of an HTML document in
 * <span class="no-hyphens">. Tags, attributes and the elements in SKIP are left as they are.
 */
export function markUnhyphenated(html: string, names: readonly string[]): string {
  const pattern = unhyphenatedPattern(names);
  const open: string[] = [];
  return html.replace(TOKENS, (part, tag: string | undefined, _raw, text: string | undefined) => {
    if (tag) {
      const match = /^<(\/?)([a-zA-Z][\w-]*)/.exec(tag);
      const name = match?.[2]!.toLowerCase();
      if (name && SKIP.has(name) && !tag.endsWith('/>')) {
        if (!match![1]) open.push(name);
        else if (open.lastIndexOf(name) >= 0) open.splice(open.lastIndexOf(name));
      }
      return tag;
    }
    if (open.length > 0 || !text!.trim()) return part;
    return text!.replace(pattern, (found) => `<span class="${NO_HYPHENS_CLASS}">${found}</span>`);
  });
}
