// Site-wide names and navigation, in one place.
export const SITE_NAME = 'Stop Meta AI';
export const SITE_TAGLINE = 'Zo zeg je nee tegen AI-training met je berichten';

export const NAV_LINKS = [
  { href: '/gids/facebook/', label: 'Facebook' },
  { href: '/gids/instagram/', label: 'Instagram' },
  { href: '/vragen/', label: 'Vragen' },
  { href: '/mijn-plan/', label: 'Mijn plan' },
] as const;

/** "Stap 3 · Bezwaar maken op Facebook | Stop Meta AI" style titles, unique per page. */
export function pageTitle(title: string): string {
  return title === SITE_NAME ? title : `${title} | ${SITE_NAME}`;
}
