// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import searchIndex from './src/integrations/search-index.ts';
import previewImages from './src/integrations/preview-images.ts';
import { isStepSharePath } from './src/lib/routes.ts';

// The public address of the site, used for canonical URLs, Open Graph and the sitemap.
// Set SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://metabezwaar.nl';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // searchIndex runs last: it reads the finished pages in dist/ and writes dist/pagefind/.
  // previewImages draws each page's og:image and removes the card it drew it from.
  integrations: [
    mdx(),
    // A step's share page points to its guide (canonical, noindex): only the guide belongs in the sitemap.
    sitemap({ filter: (page) => !isStepSharePath(new URL(page).pathname) }),
    previewImages(),
    searchIndex(),
  ],
  // There is no code on this site; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  build: {
    // Inline all CSS so a page renders from its first response (one round trip).
    inlineStylesheets: 'always',
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
