// `npm run bench:serve`: how much the nginx config in deploy/nginx/ serves on this machine.
// Starts `npm run serve`'s nginx on a free port (builds first when dist/ is missing) and runs
// autocannon against a page, a guide and a Pagefind fragment: 50 connections for 10 s each,
// asking for brotli as a browser does. Prints requests per second and p99 latency.
// This is a benchmark, not a test: the figures depend on the machine (see the README).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { DIST, startNginx } from '../../deploy/scripts/serve.ts';

const CONNECTIONS = 50;
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

if (!existsSync(join(DIST, 'index.html'))) spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });

const fragment = `/pagefind/fragment/${readdirSync(join(DIST, 'pagefind/fragment')).sort()[0]}`;
const targets = [
  ['home page', '/'],
  ['guide', '/gids/facebook/'],
  ['Pagefind fragment', fragment],
] as const;

const server = await startNginx(await freePort());
try {
  console.log(`nginx on ${server.url}: ${CONNECTIONS} connections, ${SECONDS} s per path, Accept-Encoding: br, gzip\n`);
  console.log(
    [
      'what'.padEnd(18),
      'path'.padEnd(40),
      'req/s'.padStart(8),
      'p99 ms'.padStart(8),
      'MB/s'.padStart(7),
      'errors',
    ].join(' '),
  );
  for (const [name, path] of targets) {
    const result = await autocannon({
      url: new URL(path, server.url).href,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { 'accept-encoding': 'br, gzip' },
    });
    const failed = result.errors + result.timeouts + result.non2xx;
    console.log(
      [
        name.padEnd(18),
        path.padEnd(40),
        result.requests.average.toFixed(0).padStart(8),
        String(result.latency.p99).padStart(8),
        (result.throughput.average / 1e6).toFixed(1).padStart(7),
        String(failed),
      ].join(' '),
    );
  }
} finally {
  await server.stop();
}
