// `node deploy/scripts/ensure-tools.ts browser nginx` (also `firefox`, `webkit`): makes sure the browser tests can run on this
// machine (see tools.ts). Prints nothing when all is there; one line when it installs
// something; exits with one line naming the command to run when it cannot.
import { ensureBrowser, ensureFirefox, ensureNginx, ensureWebKit, ToolMissing } from './tools.ts';

const wanted = process.argv.slice(2);
try {
  if (wanted.includes('browser')) ensureBrowser();
  if (wanted.includes('nginx')) ensureNginx();
  if (wanted.includes('firefox')) ensureFirefox();
  if (wanted.includes('webkit')) ensureWebKit();
} catch (error) {
  if (!(error instanceof ToolMissing)) throw error;
  console.error(error.message);
  process.exit(1);
}
