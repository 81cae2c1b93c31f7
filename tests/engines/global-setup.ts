// Serves dist/ through the site's own nginx config for both engines, as `npm run serve` does,
// on a port the system picks, so the suite never meets another checkout's server.
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startNginx } from '../../deploy/scripts/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export default async function setup(project: TestProject) {
  const server = await startNginx(await freePort());
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
