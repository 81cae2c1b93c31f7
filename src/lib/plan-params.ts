// The names of the personal plan's two answers, in its URL (`?apps=facebook,instagram&gekoppeld=nee`)
// and its form. plan.ts exports them with the rest of the plan; they live in a file of their own
// so the copy-link script (share-url.ts) can take them without the plan: plain strings, inlined
// into each script that uses them (astro.config.mjs), so no shared file is loaded.
export const PLAN_APPS_PARAM = 'apps';
export const PLAN_LINKED_PARAM = 'gekoppeld';
