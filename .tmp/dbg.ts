import { openSearchRunner } from '../tests/search/search-runner.ts';
const r = await openSearchRunner(new URL('../dist', import.meta.url).pathname);
for (const q of process.argv.slice(2)) {
  const res = await r.search(q);
  console.log('##', q);
  for (const x of res.slice(0, 5)) console.log(x.url, x.subResults.map((s) => `${s.url.replace(x.url, '')}:${s.locations}`).join(' '));
}
await r.close();
