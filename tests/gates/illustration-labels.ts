// Step illustrations label what to look for in the app. Those labels must be the words the step
// itself uses, so a reader can match drawing, text and screen. Pure functions; tested in
// tests/unit/illustration-labels.test.ts and applied to every illustrated step there.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of every <text> element in an SVG, in document order, with tags and entities resolved. */
export function svgLabels(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
    .map(([, inner]) =>
      inner!
        .replace(/<[^>]+>/g, '')
        .replace(/&(\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity)
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

/** A step's title and Markdown body as plain words: emphasis marks and link targets dropped. */
export function plainStepText(title: string, body: string): string {
  return `${title}\n${body}`
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The labels that do not occur word for word in the text. Case does not count (a menu item
 * "E-mailadres" matches "je e-mailadres"), but a label must not be part of a longer word.
 */
export function labelsMissingFrom(labels: readonly string[], text: string): string[] {
  return labels.filter((label) => {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(label)}(?![\\p{L}\\p{N}])`, 'iu');
    return !pattern.test(text);
  });
}
