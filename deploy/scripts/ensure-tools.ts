// `node deploy/scripts/ensure-tools.ts browser nginx`: makes sure the browser tests can run on this
// machine (see tools.ts). Prints nothing when all is there; one line when it installs
// something; exits with one line naming the command to run when it cannot.
import { ensureBrowser, ensureNginx, ToolMissing } from './tools.ts';

const wanted = process.argv.slice(2);
try {
  if (wanted.includes('browser')) ensureBrowser();
  if (wanted.includes('nginx')) ensureNginx();
} catch (error) {
  if (!(error instanceof ToolMissing)) throw error;
  console.error(error.message);
  process.exit(1);
}
