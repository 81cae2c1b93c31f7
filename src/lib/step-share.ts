// What a step's share page says about the step: its title line, a plain description, and a
// guard that keeps step ids clear of the other pages under a guide's path.
import { ui } from '../i18n/nl';
import { GUIDE_SUBPAGES } from './routes';

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

/**
 * A step id becomes a path, `/gids/<guide>/<id>/`, next to pages such as the helper sheet.
 * Throws, naming the file and field, when a step id takes one of those names.
 */
export function assertStepIdsFree(guide: string, stepIds: readonly string[]): void {
  const taken = Object.values(GUIDE_SUBPAGES) as string[];
  stepIds.forEach((id, index) => {
    if (taken.includes(id)) {
      throw new Error(
        `content/guides/${guide}.mdx: steps[${index}].id "${id}" is al de naam van een pagina ` +
          `(/gids/${guide}/${id}/). Kies een ander stap-id.`,
      );
    }
  });
}
