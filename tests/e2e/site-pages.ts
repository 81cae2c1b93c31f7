// The URL paths of every page in the built sitemap, plus the 404 page.
import { readFileSync } from 'node:fs';

const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');

export const SITEMAP_PATHS = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);

export const ALL_PATHS = [...SITEMAP_PATHS, '/deze-pagina-bestaat-niet/'];
