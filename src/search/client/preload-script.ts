// The inline script of SearchPage.astro that asks for the search files the build named in
// data-preloads (src/search/build/preloads.ts), as soon as the page's HTML arrives instead of
// after its page script. A string, so that the page can allow exactly this script in its CSP
// by its hash (src/pages/zoeken.astro).
import { createHash } from 'node:crypto';

export const PRELOAD_SCRIPT =
  "for(const[rel,href]of JSON.parse(document.currentScript.parentElement.dataset.preloads||'[]')){" +
  "const l=document.createElement('link');l.rel=rel;l.href=href;" +
  "if(rel==='preload'){l.as='fetch';l.crossOrigin='anonymous'}document.head.append(l)}";

/** The CSP source that allows PRELOAD_SCRIPT: "sha256-…". */
export const PRELOAD_SCRIPT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(PRELOAD_SCRIPT).digest('base64')}`;
