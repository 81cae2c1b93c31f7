import type { APIRoute } from 'astro';

// Allow everything and point crawlers at the sitemap for the configured site URL.
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('sitemap-index.xml', site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`);
};
