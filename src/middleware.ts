// Build-time pass over every page's HTML: brands, source names and addresses in running text
// get <span class="no-hyphens"> (src/lib/unhyphenated.ts), so no browser hyphenates them.
import { getCollection } from 'astro:content';
import { defineMiddleware } from 'astro:middleware';
import { BRAND_NAMES, markUnhyphenated, publisherNames } from './lib/unhyphenated';

let names: string[] | undefined;

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  names ??= [
    ...BRAND_NAMES,
    ...(await getCollection('sources')).flatMap((source) => publisherNames(source.data.publisher)),
  ];
  return new Response(markUnhyphenated(await response.text(), names), response);
});
