// /manifest.webmanifest: name, colours and icons for "Zet op beginscherm".
import type { APIRoute } from 'astro';
import { getPage } from '../collections/pages';
import { siteColors } from '../integrations/app-icons';
import { SITE_NAME } from '../lib/site';
import { webManifest } from '../lib/web-app';

export const GET: APIRoute = async () => {
  const { description } = (await getPage('start')).data;
  const manifest = webManifest({ name: SITE_NAME, shortName: SITE_NAME, description }, siteColors());
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
