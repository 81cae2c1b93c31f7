// /og/<page>.png: every page's link preview image (1200×630), drawn at build time from the
// card src/collections/preview-cards.ts gives that page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { previewCards, type PagePreview } from '../../collections/preview-cards';
import { illustrationSource, previewPng } from '../../integrations/preview-png';
import { ogImageUrl } from '../../lib/routes';

export const getStaticPaths = (async () => {
  const cards = await previewCards();
  return [...cards].map(([path, preview]) => ({
    params: { image: ogImageUrl(path).replace(/^\/og\/|\.png$/g, '') },
    props: { preview },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ preview: PagePreview }> = async ({ props }) => {
  const { card, illustration } = props.preview;
  const illustrationSvg = illustration && illustrationSource(illustration.guideFile, illustration.file);
  const png = await previewPng({ ...card, illustrationSvg });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
