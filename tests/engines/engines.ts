// One small driver interface over the two engines Playwright cannot drive here: Firefox ESR over
// WebDriver BiDi (puppeteer-core) and WebKitGTK's MiniBrowser over classic WebDriver
// (selenium-webdriver, WebKitWebDriver under Xvfb). The journeys are written once against it.
import { spawn, type ChildProcess } from 'node:child_process';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { Builder, By, Capabilities, type WebDriver } from 'selenium-webdriver';
import { ensureFirefox, ensureWebKit } from '../../deploy/scripts/tools.ts';
import { freePort } from './global-setup.ts';

export const WIDTH = 360;
export const HEIGHT = 740;

/** A function that runs in the page: self-contained, it may use only its arguments. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PageFunction<T> = (...args: any[]) => T | Promise<T>;

export interface Engine {
  name: 'Firefox' | 'WebKit';
  /** Opens a path of the site and waits for its load event. */
  goto: (path: string) => Promise<void>;
  reload: () => Promise<void>;
  run: <T>(fn: PageFunction<T>, ...args: unknown[]) => Promise<T>;
  /** A real click (user activation included) on the first element matching a CSS selector. */
  click: (selector: string) => Promise<void>;
  type: (selector: string, text: string) => Promise<void>;
  /** Page errors and CSP violations seen since the last goto or reload. */
  errors: () => Promise<string[]>;
  close: () => Promise<void>;
}

/**
 * Collects errors in the page itself (WebKitWebDriver has no console log): uncaught errors,
 * failed loads, rejected promises and CSP violations. Kept as a string: it runs in the page.
 */
const ERROR_LISTENER = `(() => {
  if (window.__engineErrors) return;
  const errors = (window.__engineErrors = []);
  addEventListener('error', (event) => {
    const target = event.target;
    errors.push(event.message ? 'error: ' + event.message : 'failed to load: ' + (target.src || target.href || target.localName));
  }, true);
  addEventListener('unhandledrejection', (event) => errors.push('unhandled rejection: ' + event.reason));
  document.addEventListener('securitypolicyviolation', (event) =>
    errors.push('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline')));
})();`;

/** Custom elements on the page whose script never defined them: a script that failed at load. */
function undefinedElements(): string[] {
  return [...new Set([...document.querySelectorAll('*')].map((el) => el.localName))]
    .filter((name) => name.includes('-') && !customElements.get(name))
    .map((name) => `<${name}> never defined: its script failed`);
}

/** Polls fn in the page until it returns something truthy; throws after timeout ms. */
export async function waitFor<T>(engine: Engine, fn: PageFunction<T>, args: unknown[] = [], timeout = 5000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await engine.run(fn, ...args);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${engine.name}: timed out waiting for ${fn.toString().slice(0, 200)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function launchFirefox(baseUrl: string): Promise<Engine & { page: Page; browser: Browser }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: ensureFirefox(),
    protocol: 'webDriverBiDi',
    headless: true,
    extraPrefsFirefox: { 'intl.accept_languages': 'nl-NL, nl' },
  });
  const page = await browser.newPage();
  await page.setViewport({ width: WIDTH, height: HEIGHT });
  await page.evaluateOnNewDocument(ERROR_LISTENER);
  const fromEvents: string[] = [];
  page.on('pageerror', (error) => fromEvents.push(`page error: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') fromEvents.push(`console error: ${message.text()}`);
  });
  return {
    name: 'Firefox',
    page,
    browser,
    goto: async (path) => {
      fromEvents.length = 0;
      await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
    },
    reload: async () => {
      fromEvents.length = 0;
      await page.reload({ waitUntil: 'load' });
    },
    run: (fn, ...args) => page.evaluate(fn, ...args),
    click: (selector) => page.click(selector),
    type: (selector, text) => page.type(selector, text),
    errors: async () => [
      ...fromEvents,
      ...(await page.evaluate(() => (window as unknown as { __engineErrors?: string[] }).__engineErrors ?? [])),
      ...(await page.evaluate(undefinedElements)),
    ],
    close: () => browser.close(),
  };
}

/** Starts Xvfb on a free display; resolves with the display and the process. */
function startXvfb(xvfb: string): Promise<{ display: string; process: ChildProcess }> {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'inherit', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb stopped (exit code ${code})`)));
    child.stdio[3]!.once('data', (data) => resolve({ display: `:${String(data).trim()}`, process: child }));
  });
}

export async function launchWebKit(baseUrl: string): Promise<Engine & { driver: WebDriver }> {
  const tools = ensureWebKit();
  const xvfb = await startXvfb(tools.xvfb);
  const port = await freePort();
  const server = spawn(tools.driver, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: xvfb.display },
    stdio: 'ignore',
  });
  const stopAll = () => {
    server.kill();
    xvfb.process.removeAllListeners('exit');
    xvfb.process.kill();
  };
  try {
    const capabilities = new Capabilities({
      browserName: 'MiniBrowser',
      // Without --full-screen the window cannot get narrower than about 447 px.
      'webkitgtk:browserOptions': { binary: tools.browser, args: ['--automation', '--full-screen'] },
    });
    let driver: WebDriver | undefined;
    for (let attempt = 0; !driver; attempt++) {
      try {
        driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build();
      } catch (error) {
        // The driver may not listen yet.
        if (attempt > 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const session = driver;
    await session.manage().window().setRect({ x: 0, y: 0, width: WIDTH, height: HEIGHT });
    const run = <T>(fn: PageFunction<T>, ...args: unknown[]) =>
      session
        .executeAsyncScript<T>(
          `const done = arguments[arguments.length - 1];
         Promise.resolve((${fn.toString()}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
           .then(done, (error) => done({ __pageError: String(error) }));`,
          ...args,
        )
        .then((value) => {
          const failed = (value as { __pageError?: string } | null)?.__pageError;
          if (failed) throw new Error(`WebKit: ${failed}`);
          return value;
        });
    // No preload scripts in classic WebDriver: the listener starts right after load. A script
    // that fails while loading still shows, as a custom element it never defined.
    const listen = () => session.executeScript(ERROR_LISTENER);
    return {
      name: 'WebKit',
      driver: session,
      goto: async (path) => {
        await session.get(new URL(path, baseUrl).href);
        await listen();
      },
      reload: async () => {
        await session.navigate().refresh();
        await listen();
      },
      run,
      click: async (selector) => session.findElement(By.css(selector)).click(),
      type: async (selector, text) => session.findElement(By.css(selector)).sendKeys(text),
      errors: async () => [
        ...(await session.executeScript<string[]>('return window.__engineErrors || []')),
        ...(await run(undefinedElements)),
      ],
      close: async () => {
        await session.quit().finally(stopAll);
      },
    };
  } catch (error) {
    stopAll();
    throw error;
  }
}
