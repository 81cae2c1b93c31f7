// What every page's link preview image shows, by page path, made from the collections and the
// UI texts. BaseLayout takes a page's card from here (for og:image:alt) and the build's /og/…
// endpoint draws each card (src/pages/og/[...image].png.ts): one list, no card in the HTML.
import { ui } from '../i18n/nl';
import type { PreviewCard } from '../lib/preview-card';
import {
  PAGE_PATHS,
  PLAN_HELPER_SHEET_PATH,
  guideUrl,
  hasHelperSheet,
  helperSheetUrl,
  stepShareUrl,
} from '../lib/routes';
import { BAD_REQUEST_PATH } from '../lib/http-policy';
import { getGuides } from './content';
import { getPage } from './pages';

/** A page's card; steps also name their illustration, as the editor wrote its path. */
export interface PagePreview {
  card: Omit<PreviewCard, 'illustrationSvg'>;
  illustration?: { guideFile: string; file: string } | undefined;
}

/** The path Astro gives the 404 page while it renders it. */
const NOT_FOUND_PATH = '/404/';

/** A helper sheet's page title and card: "Hulpkaart: Bezwaar maken op Facebook". */
export const helperSheetTitle = (title: string) => `${ui.helperSheet.kicker}: ${title}`;

let cards: Promise<Map<string, PagePreview>> | undefined;

async function makeCards(): Promise<Map<string, PagePreview>> {
  const plain = (title: string): PagePreview => ({ card: { title } });
  const entries: [string, PagePreview][] = [
    // Not the site's name twice (title and footer): what the site helps with.
    [PAGE_PATHS.home, { card: ui.home.preview }],
    [PAGE_PATHS.questions, plain(ui.faq.title)],
    [PAGE_PATHS.whatHappened, plain((await getPage('wat-is-er-gebeurd')).data.title)],
    [PAGE_PATHS.about, plain((await getPage('over-deze-site')).data.title)],
    [PAGE_PATHS.plan, plain(ui.plan.title)],
    [PAGE_PATHS.search, plain(ui.search.title)],
    [PLAN_HELPER_SHEET_PATH, plain(helperSheetTitle(ui.helperSheet.planTitle))],
    [NOT_FOUND_PATH, plain(ui.notFound.title)],
    [BAD_REQUEST_PATH, plain(ui.badLink.title)],
  ];
  for (const guide of await getGuides()) {
    const { title, steps } = guide.data;
    entries.push([guideUrl(guide.id), plain(title)]);
    if (hasHelperSheet(guide.id)) entries.push([helperSheetUrl(guide.id), plain(helperSheetTitle(title))]);
    steps.forEach((step, index) => {
      entries.push([
        stepShareUrl(guide.id, step.id),
        {
          card: { kicker: ui.share.stepOf(index + 1, steps.length), title: step.title, context: title },
          illustration: step.illustration && {
            guideFile: guide.filePath ?? `content/guides/${guide.id}.mdx`,
            file: step.illustration.file,
          },
        },
      ]);
    });
  }
  return new Map(entries);
}

/** Every page's card, by path (`/gids/facebook/`), made once per build. */
export function previewCards(): Promise<Map<string, PagePreview>> {
  cards ??= makeCards();
  return cards;
}

/** The card of the page at `path`; a clear build error for a page that has none. */
export async function previewCardFor(path: string): Promise<PagePreview> {
  const preview = (await previewCards()).get(path);
  if (!preview) {
    throw new Error(`${path}: no preview card. Add the page to src/collections/preview-cards.ts.`);
  }
  return preview;
}
