// `npm run deploy:nginx`: writes the nginx config made from src/lib/http-policy.ts to
// deploy/nginx/. The files are committed; tests/unit/nginx-config.test.ts fails when they differ
// from what this writes, so run it after changing the policy.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { nginxFiles } from './nginx-config.ts';

export const DEPLOY_NGINX = join(import.meta.dirname, '../nginx');

for (const [path, text] of Object.entries(nginxFiles())) {
  const file = join(DEPLOY_NGINX, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote deploy/nginx/${path}`);
}
