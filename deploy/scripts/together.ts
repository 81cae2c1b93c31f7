// `node deploy/scripts/together.ts check lint`: runs npm scripts side by side, for `npm test`.
// CI has two cores and some steps use one (astro check, eslint), so two of them at once take
// the time of the longer one. Each script's output is held and printed whole when it ends,
// so logs read as if the scripts ran one after another. Fails when any of them fails.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('Usage: node deploy/scripts/together.ts <npm script> [<npm script> …]');
  process.exit(2);
}

function run(script: string): Promise<{ script: string; code: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      process.stdout.write(
        `\n> npm run ${script} (${code === 0 ? 'passed' : 'FAILED'}, ${seconds} s)\n${Buffer.concat(chunks).toString()}`,
      );
      resolve({ script, code: code ?? 1 });
    });
  });
}

const results = await Promise.all(scripts.map(run));
const failed = results.filter((result) => result.code !== 0).map((result) => result.script);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
