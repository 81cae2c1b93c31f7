// What a step's share page says about the step: its title line and a plain description.
import { ui } from '../i18n/nl';

/** "Stap 3 van 8: Open het Privacycentrum", the share page's og:title. */
export function stepShareTitle(number: number, total: number, title: string): string {
  return `${ui.share.stepOf(number, total)}: ${title}`;
}

/** Markdown to one line of plain text: no marks, links keep their words, no line breaks. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most `max` characters, cut after a whole word, with "…" when something was left out. */
export function shorten(text: string, max = 155): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
