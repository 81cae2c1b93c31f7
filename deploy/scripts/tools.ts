// Finds the programs the tests and `npm run serve` need outside npm: a Chromium for Playwright,
// nginx with its brotli module, and for the engine suite (tests/engines/) Firefox ESR and
// WebKitGTK with Xvfb. The one place that decides which browser is used:
// playwright.config.ts and deploy/scripts/ensure-tools.ts both ask `findBrowser`.
//
// The `find*` and `plan*` functions are pure (their world is passed in), so they are unit-tested;
// `ensure*` acts: on Debian as root it installs what is missing with apt-get, otherwise it stops
// with one line that names the command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** What the find functions may look at. */
export interface World {
  env: Readonly<Record<string, string | undefined>>;
  exists: (path: string) => boolean;
  /** The browser Playwright itself installed (`npx playwright install chromium`), if any path. */
  playwrightBrowser?: string | undefined;
}

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export type Found = { path: string; source: string } | { missing: string };

/** CHROME_PATH, else Debian's Chromium, else a browser Playwright installed. */
export function findBrowser(world: World): Found {
  const fromEnv = world.env['CHROME_PATH'];
  if (fromEnv) {
    return world.exists(fromEnv)
      ? { path: fromEnv, source: 'CHROME_PATH' }
      : { missing: `CHROME_PATH is set to ${fromEnv}, which does not exist` };
  }
  if (world.exists(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: "Debian's chromium" };
  const own = world.playwrightBrowser;
  if (own && world.exists(own)) return { path: own, source: 'Playwright' };
  return { missing: 'no Chromium found (CHROME_PATH, /usr/bin/chromium or a Playwright browser)' };
}

export const NGINX_PATHS = ['/usr/sbin/nginx', '/usr/bin/nginx'];
export const BROTLI_MODULE_PATHS = [
  '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
  '/usr/share/nginx/modules/ngx_http_brotli_static_module.so',
];

export interface NginxFound {
  nginx: string;
  brotliModule: string;
}

/** NGINX (a path) or Debian's nginx, plus the brotli static module. */
export function findNginx(world: World): NginxFound | { missing: string } {
  const nginx = [world.env['NGINX'], ...NGINX_PATHS].find((path) => path && world.exists(path));
  const brotliModule = BROTLI_MODULE_PATHS.find((path) => world.exists(path));
  if (!nginx) return { missing: 'nginx is not installed' };
  if (!brotliModule) return { missing: "nginx's brotli module is not installed" };
  return { nginx, brotliModule };
}

/** FIREFOX_PATH, else Debian's Firefox ESR (the engine suite drives it over WebDriver BiDi). */
export const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox(world: World): Found {
  const fromEnv = world.env['FIREFOX_PATH'];
  if (fromEnv) {
    return world.exists(fromEnv)
      ? { path: fromEnv, source: 'FIREFOX_PATH' }
      : { missing: `FIREFOX_PATH is set to ${fromEnv}, which does not exist` };
  }
  const path = FIREFOX_PATHS.find((candidate) => world.exists(candidate));
  return path ? { path, source: "Debian's firefox-esr" } : { missing: 'no Firefox found' };
}

export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
/** WebKitGTK's own small browser, which WebKitWebDriver starts; its folder names the platform. */
export const MINIBROWSER_PATHS = ['x86_64-linux-gnu', 'aarch64-linux-gnu'].map(
  (triplet) => `/usr/lib/${triplet}/webkit2gtk-4.1/MiniBrowser`,
);
export const XVFB = '/usr/bin/Xvfb';
/** Debian's hyphen-nl: WebKitGTK hyphenates Dutch only with it (Firefox brings its own). */
export const DUTCH_HYPHENATION = '/usr/share/hyphen/hyph_nl_NL.dic';

export interface WebKitFound {
  driver: string;
  browser: string;
  xvfb: string;
}

/** WebKitWebDriver, the MiniBrowser it drives, Xvfb to give it a screen, and Dutch hyphenation. */
export function findWebKit(world: World): WebKitFound | { missing: string } {
  const browser = MINIBROWSER_PATHS.find((path) => world.exists(path));
  if (!world.exists(WEBKIT_DRIVER) || !browser) return { missing: 'WebKitGTK and its WebDriver are not installed' };
  if (!world.exists(XVFB)) return { missing: 'Xvfb is not installed' };
  if (!world.exists(DUTCH_HYPHENATION)) return { missing: 'Dutch hyphenation (hyphen-nl) is not installed' };
  return { driver: WEBKIT_DRIVER, browser, xvfb: XVFB };
}

/** The Debian packages that provide each tool. */
export const PACKAGES = {
  browser: ['chromium'],
  nginx: ['nginx', 'libnginx-mod-http-brotli-static'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb', 'hyphen-nl'],
} as const;

export type Tool = keyof typeof PACKAGES;

export interface InstallPlan {
  /** Run these commands, or… */
  commands?: string[][];
  /** …stop with this one line. */
  stop?: string;
}

/** What to do about a missing tool: install it as root with apt-get, or say what to run. */
export function planInstall(tool: Tool, reason: string, canApt: boolean, isRoot: boolean): InstallPlan {
  const packages = [...PACKAGES[tool]];
  if (canApt && isRoot) {
    return {
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages],
      ],
    };
  }
  const alternative = {
    browser: ', or set CHROME_PATH, or run `npx playwright install chromium`',
    firefox: ', or set FIREFOX_PATH',
    nginx: '',
    webkit: '',
  }[tool];
  const command = canApt ? `sudo apt-get install ${packages.join(' ')}` : `install ${packages.join(' ')}`;
  return { stop: `${reason}: run \`${command}\`${alternative}, then try again.` };
}

/** The real world of this machine. */
export function thisMachine(): World {
  let playwrightBrowser: string | undefined;
  try {
    playwrightBrowser = chromium.executablePath();
  } catch {
    // Playwright knows no browser for this platform: the other places are still checked.
  }
  return { env: process.env, exists: existsSync, playwrightBrowser };
}

function canApt(world: World): boolean {
  return world.exists('/usr/bin/apt-get');
}

function install(tool: Tool, reason: string, world: World): void {
  const plan = planInstall(tool, reason, canApt(world), process.getuid?.() === 0);
  if (plan.stop) throw new ToolMissing(plan.stop);
  console.log(`${reason}: installing ${PACKAGES[tool].join(' ')} with apt-get…`);
  for (const [command, ...args] of plan.commands ?? []) {
    const run = spawnSync(command!, args, {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      encoding: 'utf8',
    });
    if (run.status !== 0) {
      process.stderr.write(run.stdout + run.stderr);
      throw new ToolMissing(`\`${command} ${args.join(' ')}\` failed; install ${PACKAGES[tool].join(' ')} by hand.`);
    }
  }
}

/** A missing tool that could not be installed; the message is the one line to show. */
export class ToolMissing extends Error {
  override name = 'ToolMissing';
}

/** The browser's path, installing Debian's chromium if needed and allowed. */
export function ensureBrowser(): string {
  let world = thisMachine();
  let found = findBrowser(world);
  if ('missing' in found && !world.env['CHROME_PATH']) {
    install('browser', found.missing, world);
    world = thisMachine();
    found = findBrowser(world);
  }
  if ('missing' in found) throw new ToolMissing(planInstall('browser', found.missing, canApt(world), false).stop);
  return found.path;
}

/** nginx and its brotli module, installing them if needed and allowed. */
export function ensureNginx(): NginxFound {
  const world = thisMachine();
  let found = findNginx(world);
  if ('missing' in found) {
    install('nginx', found.missing, world);
    found = findNginx(thisMachine());
  }
  if ('missing' in found) throw new ToolMissing(planInstall('nginx', found.missing, canApt(world), false).stop);
  // Fail here, with nginx's own words, rather than half way through a test run.
  execFileSync(found.nginx, ['-v'], { stdio: 'ignore' });
  return found;
}

/** Firefox's path, installing Debian's firefox-esr if needed and allowed. */
export function ensureFirefox(): string {
  let found = findFirefox(thisMachine());
  if ('missing' in found && !process.env['FIREFOX_PATH']) {
    install('firefox', found.missing, thisMachine());
    found = findFirefox(thisMachine());
  }
  if ('missing' in found)
    throw new ToolMissing(planInstall('firefox', found.missing, canApt(thisMachine()), false).stop);
  return found.path;
}

/** WebKitGTK's driver and browser and Xvfb, installing them if needed and allowed. */
export function ensureWebKit(): WebKitFound {
  let found = findWebKit(thisMachine());
  if ('missing' in found) {
    install('webkit', found.missing, thisMachine());
    found = findWebKit(thisMachine());
  }
  if ('missing' in found)
    throw new ToolMissing(planInstall('webkit', found.missing, canApt(thisMachine()), false).stop);
  return found;
}
