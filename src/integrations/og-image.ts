// Link preview images (Open Graph, 1200×630 PNG), drawn at build time from a page's title.
// satori lays the card out as SVG with the text as paths; resvg turns that into a PNG. The
// font comes from an npm package on disk: nothing is fetched.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { ui } from '../i18n/nl';
import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH, type PreviewCard } from '../lib/preview-card';

export { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH, previewAlt, type PreviewCard } from '../lib/preview-card';

// The site's look: colours from src/styles/global.css (light scheme, `--color-<name>`; a unit
// test fails when the two differ), its name, a readable font.
export const COLORS = {
  page: '#fdfcf9',
  ink: '#1c1b19',
  muted: '#4f4c45',
  accent: '#1f4fb5',
  accentInk: '#ffffff',
  line: '#d6d2c4',
};
const SITE_NAME = ui.site.name;
// The card's width less the accent bar (28) and the side padding (72 + 80).
const CONTENT_WIDTH = OG_IMAGE_WIDTH - 28 - 72 - 80;
/** Room for an illustration at the right of the text. */
const ILLUSTRATION = { width: 300, height: 420, gap: 40 };
const FONT_PACKAGE = '@fontsource/atkinson-hyperlegible';

interface Font {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

let fonts: Font[] | undefined;

/** Atkinson Hyperlegible as .woff (satori reads ttf, otf and woff, not woff2), read once. */
export function loadFonts(): Font[] {
  if (fonts) return fonts;
  const require = createRequire(import.meta.url);
  const file = (weight: number) =>
    readFileSync(require.resolve(`${FONT_PACKAGE}/files/atkinson-hyperlegible-latin-${weight}-normal.woff`));
  fonts = [
    { name: 'Atkinson Hyperlegible', data: file(400), weight: 400, style: 'normal' },
    { name: 'Atkinson Hyperlegible', data: file(700), weight: 700, style: 'normal' },
  ];
  return fonts;
}

type Style = Record<string, string | number>;
interface Node {
  type: string;
  props: { style?: Style; children?: (Node | string)[] | string; src?: string; width?: number; height?: number };
}

const box = (style: Style, children: (Node | string)[] | string): Node => ({ type: 'div', props: { style, children } });

/** Long titles get smaller type, so they fit in at most three lines. */
export function titleSize(title: string): number {
  if (title.length <= 28) return 76;
  if (title.length <= 50) return 64;
  return 52;
}

function layout(card: PreviewCard): Node {
  const children: Node[] = [];
  if (card.kicker) {
    children.push(box({ fontSize: 40, fontWeight: 700, color: COLORS.accent, marginBottom: 20 }, card.kicker));
  }
  children.push(
    box({ fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.15, color: COLORS.ink }, card.title),
  );
  if (card.context) {
    children.push(box({ fontSize: 36, color: COLORS.muted, marginTop: 28 }, card.context));
  }
  return box(
    {
      width: OG_IMAGE_WIDTH,
      height: OG_IMAGE_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: COLORS.page,
      borderLeft: `28px solid ${COLORS.accent}`,
      fontFamily: 'Atkinson Hyperlegible',
      padding: '48px 80px 0 72px',
    },
    [
      // Fixed heights: the title block above, the site name in a footer band below.
      box({ display: 'flex', width: CONTENT_WIDTH, height: 452, alignItems: 'center' }, [
        box(
          {
            display: 'flex',
            flexDirection: 'column',
            width: card.illustrationSvg ? CONTENT_WIDTH - ILLUSTRATION.width - ILLUSTRATION.gap : CONTENT_WIDTH,
          },
          children,
        ),
        ...(card.illustrationSvg ? [illustration(card.illustrationSvg)] : []),
      ]),
      box(
        {
          display: 'flex',
          alignItems: 'center',
          width: CONTENT_WIDTH,
          height: 130,
          borderTop: `3px solid ${COLORS.line}`,
          fontSize: 36,
          fontWeight: 700,
          color: COLORS.ink,
        },
        [
          box({ width: 28, height: 28, borderRadius: 14, backgroundColor: COLORS.accent, marginRight: 18 }, []),
          SITE_NAME,
        ],
      ),
    ],
  );
}

/**
 * The illustration goes in as a PNG that resvg draws first: an SVG inside satori's SVG loses its
 * text labels. resvg cannot read the .woff font, so labels use the system's sans-serif here.
 */
function illustration(svg: string): Node {
  const raster = new Resvg(svg, {
    fitTo: { mode: 'height', value: ILLUSTRATION.height * 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'sans-serif' },
  });
  const src = `data:image/png;base64,${raster.render().asPng().toString('base64')}`;
  return {
    type: 'img',
    props: {
      src,
      width: ILLUSTRATION.width,
      height: ILLUSTRATION.height,
      style: { marginLeft: ILLUSTRATION.gap, objectFit: 'contain' },
    },
  };
}

/** The card as an SVG string (text as paths, so no font is needed to show it). */
export async function renderPreviewSvg(card: PreviewCard): Promise<string> {
  // satori's types name a React element (React is not installed here); a plain { type, props }
  // tree is what it reads.
  return satori(layout(card), { width: OG_IMAGE_WIDTH, height: OG_IMAGE_HEIGHT, fonts: loadFonts() });
}

/** The card as a 1200×630 PNG. */
export async function renderPreviewPng(card: PreviewCard): Promise<Buffer> {
  const svg = await renderPreviewSvg(card);
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: OG_IMAGE_WIDTH }, font: { loadSystemFonts: false } });
  return png.render().asPng();
}
