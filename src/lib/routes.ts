// Every URL the site links to is built here, so a route is written once.
// Published paths and anchors never change: readers share them.

/** Fixed pages, by what they are for. */
export const PAGE_PATHS = {
  home: '/',
  questions: '/vragen/',
  whatHappened: '/wat-is-er-gebeurd/',
  about: '/over-deze-site/',
  plan: '/mijn-plan/',
  search: '/zoeken/',
} as const;

export type PagePathKey = keyof typeof PAGE_PATHS;

/** Where the search index and its UI live after the build. */
export const PAGEFIND_PATH = '/pagefind/';

/** A guide's page, optionally at one step: `/gids/facebook/#privacycentrum`. */
export function guideUrl(slug: string, anchor?: string): string {
  return `/gids/${slug}/${anchor ? `#${anchor}` : ''}`;
}

/** An FAQ answer: `/vragen/#is-het-te-laat`. */
export function questionUrl(id: string): string {
  return `${PAGE_PATHS.questions}#${id}`;
}

/** The FAQ answer that explains AI and training; every guide links to it near the top. */
export const WHAT_IS_AI_QUESTION = 'wat-is-ai';

/** Guides other pages link to by name. Slugs are file names in content/guides/ and never change. */
export const GUIDE_SLUGS = {
  facebook: 'facebook',
  instagram: 'instagram',
  linkedAccounts: 'gekoppelde-accounts',
  afterObjection: 'na-je-bezwaar',
  /** For menus that look different: every guide that follows Meta's apps, and search, point to it. */
  differentMenu: 'menu-ziet-er-anders-uit',
} as const;

/** The personal plan with answers: `planUrl('?apps=facebook')` gives `/mijn-plan/?apps=facebook`. */
export function planUrl(queryString = ''): string {
  return `${PAGE_PATHS.plan}${queryString}`;
}

/** Files every page links to in its <head>. */
export const ASSET_PATHS = {
  favicon: '/favicon.svg',
  /** Made from the favicon at build time (src/pages/manifest.webmanifest.ts and its neighbours). */
  manifest: '/manifest.webmanifest',
  appleTouchIcon: '/apple-touch-icon.png',
  faviconIco: '/favicon.ico',
  sitemap: '/sitemap-index.xml',
} as const;

// --- Share pages, helper sheets and preview images ---

/** Pages that live under a guide's path, `/gids/<guide>/<name>/`: no step id may take these names. */
export const GUIDE_SUBPAGES = { helperSheet: 'hulpkaart' } as const;

/** One step's share page, which opens the guide at that step: `/gids/facebook/privacycentrum/`. */
export function stepShareUrl(slug: string, stepId: string): string {
  return `/gids/${slug}/${stepId}/`;
}

/** True for a step's share page (kept out of the sitemap), false for every other path. */
export function isStepSharePath(pathname: string): boolean {
  const match = /^\/gids\/[^/]+\/([^/]+)\/$/.exec(pathname);
  return Boolean(match) && !(Object.values(GUIDE_SUBPAGES) as string[]).includes(match![1]!);
}

/** The printable helper sheet under a page's path. */
const helperSheetUnder = (pagePath: string) => `${pagePath}${GUIDE_SUBPAGES.helperSheet}/`;

/** Guides with a printable helper sheet: the two main guides, one per app. */
export const HELPER_SHEET_GUIDES: readonly string[] = [GUIDE_SLUGS.facebook, GUIDE_SLUGS.instagram];

/** Whether the guide has a helper sheet (`helperSheetUrl`). */
export function hasHelperSheet(slug: string): boolean {
  return HELPER_SHEET_GUIDES.includes(slug);
}

/** A guide's printable helper sheet: `/gids/facebook/hulpkaart/`. */
export function helperSheetUrl(slug: string): string {
  return helperSheetUnder(guideUrl(slug));
}

/** The personal plan's printable helper sheet. */
// A pure call of a plain read: a browser script that imports this file for one constant drops it.
export const PLAN_HELPER_SHEET_PATH = /* @__PURE__ */ helperSheetUnder(PAGE_PATHS.plan);

/** A page's preview image: `/` → `/og/index.png`, `/gids/facebook/` → `/og/gids/facebook.png`. */
export function ogImageUrl(pagePath: string): string {
  const name = pagePath.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '') || 'index';
  return `/og/${name}.png`;
}
