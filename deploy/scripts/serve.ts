// `npm run serve`: serves the built dist/ through the nginx config in deploy/nginx/ on
// http://127.0.0.1:${PORT:-8080}, in the foreground, until stopped (Ctrl+C). Everything nginx
// writes goes to a temporary folder that is removed on exit; errors go to stderr. Installs
// nginx first when it is missing and this machine allows it (see tools.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { localNginxConf } from './nginx-config.ts';
import { ensureNginx, ToolMissing } from './tools.ts';

const ROOT = join(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
const DEPLOY_NGINX = join(ROOT, 'deploy/nginx');

export interface RunningNginx {
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts nginx on dist/ and resolves once it answers. `errors: 'pipe'` keeps its log on `process.stderr`. */
export async function startNginx(
  port: number,
  root = DIST,
  { errors = 'inherit' }: { errors?: 'inherit' | 'pipe' } = {},
): Promise<RunningNginx> {
  if (!existsSync(join(root, 'index.html'))) throw new ToolMissing(`${root} has no site: run \`npm run build\` first.`);
  const { nginx, brotliModule } = ensureNginx();
  const prefix = mkdtempSync(join(tmpdir(), 'metabezwaar-nginx-'));
  for (const kind of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    mkdirSync(join(prefix, 'tmp', kind), { recursive: true });
  // `include snippets/…` in the config is relative to the folder of nginx.conf.
  for (const folder of ['snippets', 'conf.d'])
    cpSync(join(DEPLOY_NGINX, folder), join(prefix, folder), { recursive: true });
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    localNginxConf({
      prefix,
      root,
      port,
      brotliModule,
      mimeTypes: '/etc/nginx/mime.types',
      // As root, nginx would run its workers as "nobody", who may not read a checkout in /root.
      ...(process.getuid?.() === 0 ? { user: userInfo().username } : {}),
    }),
  );

  const child = spawn(nginx, ['-p', prefix, '-c', conf, '-e', 'stderr'], { stdio: ['ignore', 'inherit', errors] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const cleanUp = () => rmSync(prefix, { recursive: true, force: true });
  void exited.then(cleanUp);

  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGQUIT'); // Graceful: finish open requests.
    await exited;
  };
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx stopped (exit code ${child.exitCode}); see its message above.`);
    try {
      await fetch(url);
      return { url, process: child, stop };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`nginx did not answer on ${url} within 10 s.`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

if (import.meta.main) {
  const port = Number(process.env['PORT'] ?? 8080);
  try {
    const server = await startNginx(port);
    console.log(`Serving dist/ with nginx on ${server.url} (deploy/nginx/). Stop with Ctrl+C.`);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void server.stop());
    const code = await new Promise<number | null>((resolve) => server.process.on('exit', resolve));
    process.exit(code ?? 0);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
