// /favicon.ico: browsers and feed readers that do not read the SVG favicon ask for this file.
import type { APIRoute } from 'astro';
import { faviconIco } from '../integrations/app-icons';

export const GET: APIRoute = () =>
  new Response(new Uint8Array(faviconIco()), { headers: { 'Content-Type': 'image/x-icon' } });
