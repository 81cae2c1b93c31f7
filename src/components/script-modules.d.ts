// Modules made at build time by src/integrations/script-modules.ts.
// The pronunciation list.
declare module 'virtual:pronunciation' {
  const list: readonly import('../lib/read-aloud-text').Pronunciation[];
  export default list;
}

// The URL of after-load.ts, built as a chunk of its own (same plugin).
declare module 'virtual:after-load-script' {
  const url: string;
  export default url;
}

// The URL of the speech script, read-aloud.ts, built as a chunk of its own (same plugin).
declare module 'virtual:read-aloud-script' {
  const url: string;
  export default url;
}

// The path of the offline service worker this build registers, or null (SERVICE_WORKER=off).
declare module 'virtual:service-worker' {
  const path: string | null;
  export default path;
}
