// What a page's link preview image (Open Graph, 1200×630 PNG) shows, and its alt text. The
// image itself is drawn at build time (src/integrations/og-image.ts).
import { ui } from '../i18n/nl';

export const OG_IMAGE_WIDTH = 1200;
export const OG_IMAGE_HEIGHT = 630;

/** What a preview image shows. */
export interface PreviewCard {
  /** A short line above the title, e.g. "Stap 3 van 8". */
  kicker?: string | undefined;
  /** The page or step title, in large type. */
  title: string;
  /** A line below the title, e.g. the guide a step belongs to. */
  context?: string | undefined;
  /** A step's illustration (SVG source), drawn beside the text. */
  illustrationSvg?: string | undefined;
}

/** Alt text for the image: the same words it shows, in reading order. */
export function previewAlt(card: PreviewCard): string {
  return [card.kicker, card.title, card.context, ui.site.name].filter(Boolean).join(' · ');
}
