// Site-wide names and navigation, in one place. Texts come from the UI text module, paths
// from the routes module.
import { ui } from '../i18n/nl';
import { GUIDE_SLUGS, PAGE_PATHS, guideUrl } from './routes';

export const SITE_NAME = ui.site.name;

export const NAV_LINKS = [
  { href: guideUrl(GUIDE_SLUGS.facebook), label: ui.site.nav.facebook },
  { href: guideUrl(GUIDE_SLUGS.instagram), label: ui.site.nav.instagram },
  { href: PAGE_PATHS.questions, label: ui.site.nav.questions },
  { href: PAGE_PATHS.plan, label: ui.site.nav.plan },
] as const;

/** "Stap 3 · Bezwaar maken op Facebook | Stop Meta AI" style titles, unique per page. */
export const pageTitle = ui.site.pageTitle;
