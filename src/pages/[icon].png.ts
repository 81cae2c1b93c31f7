// /icon-192.png, /icon-512.png and /apple-touch-icon.png: the favicon as home-screen icons.
import type { APIRoute, GetStaticPaths } from 'astro';
import { iconPng } from '../integrations/app-icons';
import { APP_ICONS } from '../lib/web-app';

export const getStaticPaths = (() =>
  APP_ICONS.map((icon) => ({
    params: { icon: icon.path.replace(/^\/|\.png$/g, '') },
    props: { size: icon.size, fullSquare: icon.fullSquare },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number; fullSquare: boolean }> = ({ props }) =>
  new Response(new Uint8Array(iconPng(props.size, props.fullSquare)), { headers: { 'Content-Type': 'image/png' } });
