// `npm run bench:voice`: "Lees voor" with a real voice, not the stand-in of the browser tests.
// Debian's speech-dispatcher and espeak-ng give Chromium (started with
// --enable-speech-dispatcher) Dutch voices. This machine has no sound card, so speech-dispatcher
// plays into an ALSA file device: the bench measures the sound it wrote.
//
// It serves dist/ (run `npm run build` first), opens a guide in Chromium, taps "Lees voor" on one
// step and waits until the step has been read. Per utterance it prints the text and whether the
// voice reported its start and its end; then the seconds of sound written. It passes when every
// utterance ended (no error) and there was sound. Then it taps a step and Stop, and checks that
// the voice says nothing more. A bench, not a test: speech-dispatcher's timing and its sound
// devices differ per machine. Needs `apt-get install speech-dispatcher espeak-ng`.
// Options: --all reads the whole guide ("Lees alle stappen voor"); --path=/gids/instagram/.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { findBrowser, thisMachine } from '../../deploy/scripts/tools.ts';
import { serve } from '../search/static-server.ts';

const DIST = join(import.meta.dirname, '../../dist');
const args = process.argv.slice(2);
const readAll = args.includes('--all');
const path = args.find((arg) => arg.startsWith('--path='))?.slice('--path='.length) ?? '/gids/facebook/';
const STEP_TIMEOUT_MS = readAll ? 600_000 : 120_000;

function need(ok: boolean, message: string) {
  if (ok) return;
  console.error(message);
  process.exit(1);
}

need(existsSync(join(DIST, 'index.html')), 'dist/ is missing: run `npm run build` first.');
for (const program of ['/usr/bin/speech-dispatcher', '/usr/bin/espeak-ng']) {
  need(existsSync(program), `${program} is missing: run \`apt-get install speech-dispatcher espeak-ng\`.`);
}

/** Seconds of sound in a WAV file, and how much of it is not silence (the header's byte rate). */
function soundIn(file: string): { seconds: number; loud: number } {
  if (!existsSync(file)) return { seconds: 0, loud: 0 };
  const wav = readFileSync(file);
  const byteRate = wav.readUInt32LE(28);
  const bits = wav.readUInt16LE(34);
  const data = wav.indexOf('data', 12) + 8;
  const samples = bits === 16 ? Math.floor((wav.length - data) / 2) : 0;
  let loud = 0;
  for (let index = 0; index < samples; index++) if (Math.abs(wav.readInt16LE(data + index * 2)) > 500) loud += 1;
  return { seconds: (wav.length - data) / byteRate, loud: samples ? loud / samples : 0 };
}
const browser = findBrowser(thisMachine());
need('path' in browser, 'No Chromium found: run `apt-get install chromium`.');

/** speech-dispatcher's own config, its socket and the sound file, all in one temporary folder. */
const home = mkdtempSync(join(tmpdir(), 'real-voice-'));
const sound = join(home, 'speech.wav');
const env = {
  ...process.env,
  HOME: home,
  XDG_CONFIG_HOME: join(home, 'config'),
  XDG_RUNTIME_DIR: join(home, 'run'),
  XDG_CACHE_HOME: join(home, 'cache'),
};
mkdirSync(env.XDG_RUNTIME_DIR, { recursive: true, mode: 0o700 });
const config = join(env.XDG_CONFIG_HOME, 'speech-dispatcher');
cpSync('/etc/speech-dispatcher', config, { recursive: true });
appendFileSync(
  join(config, 'speechd.conf'),
  '\nAudioOutputMethod "alsa"\nAudioALSADevice "tofile"\nDefaultModule espeak-ng\nDefaultLanguage "nl"\n',
);
// ALSA's file plugin: what speech-dispatcher plays is written to a WAV file (and goes nowhere else).
writeFileSync(join(home, '.asoundrc'), `pcm.tofile { type file; slave.pcm "null"; file "${sound}"; format "wav" }\n`);

let dispatcher: ChildProcess | undefined;
const server = await serve(DIST);
let failed = false;

function check(ok: boolean, what: string) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failed = true;
}

interface Heard {
  text: string;
  lang: string;
  voice: string | null;
  start: boolean;
  end: boolean;
  error: string | null;
  ms: number | null;
}

/** Records what the real speechSynthesis does with every utterance, without replacing it. */
async function listen(page: Page) {
  await page.addInitScript(() => {
    const heard: Heard[] = [];
    (window as unknown as { heard: Heard[] }).heard = heard;
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      const entry: Heard = {
        text: utterance.text,
        lang: utterance.lang,
        voice: utterance.voice?.name ?? null,
        start: false,
        end: false,
        error: null,
        ms: null,
      };
      let started = 0;
      heard.push(entry);
      utterance.addEventListener('start', () => {
        entry.start = true;
        started = performance.now();
      });
      utterance.addEventListener('end', () => {
        entry.end = true;
        entry.ms = Math.round(performance.now() - started);
      });
      utterance.addEventListener('error', (event) => {
        entry.error = event.error;
      });
      speak(utterance);
    };
  });
}

const heardOn = (page: Page) =>
  page.evaluate(() => (window as unknown as { heard: Heard[] }).heard.filter((entry) => entry.text.trim() !== ''));

try {
  dispatcher = spawn('/usr/bin/speech-dispatcher', ['--run-single', '--timeout', '0'], { env, stdio: 'ignore' });
  const socket = join(env.XDG_RUNTIME_DIR, 'speech-dispatcher/speechd.sock');
  for (let wait = 0; wait < 50 && !existsSync(socket); wait++) await new Promise((done) => setTimeout(done, 100));
  need(existsSync(socket), `speech-dispatcher did not start (no ${socket}).`);

  const launched = await chromium.launch({
    ...('path' in browser ? { executablePath: browser.path } : {}),
    args: ['--enable-speech-dispatcher', '--disable-background-networking', '--no-first-run'],
    env,
  });
  const page = await launched.newPage();
  await listen(page);
  await page.goto(`${server.origin}${path}`);
  const voices = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const dutch = () => speechSynthesis.getVoices().filter((voice) => /^nl/i.test(voice.lang));
        if (dutch().length) resolve(dutch().map((voice) => `${voice.name} (${voice.lang})`));
        speechSynthesis.addEventListener('voiceschanged', () => resolve(dutch().map((v) => `${v.name} (${v.lang})`)));
        setTimeout(() => resolve([]), 10_000);
      }),
  );
  check(voices.length > 0, `Chromium lists ${voices.length} Dutch voices (first: ${voices[0] ?? 'none'})`);

  const button = readAll
    ? page.locator('[data-read-aloud="all"]')
    : page.locator('li.step').nth(2).locator('[data-read-aloud]');
  await button.waitFor({ state: 'visible', timeout: 10_000 });
  const label = (await button.textContent())!.trim();
  const started = Date.now();
  await button.click();
  await page.waitForFunction(() => (window as unknown as { heard: Heard[] }).heard.some((e) => e.text.trim()), null, {
    timeout: 10_000,
  });
  // Read to the end: the button says its own label again.
  const handle = await button.elementHandle();
  await page.waitForFunction(([element, text]) => element!.textContent?.trim() === text, [handle, label] as const, {
    timeout: STEP_TIMEOUT_MS,
  });
  const seconds = (Date.now() - started) / 1000;
  const heard = await heardOn(page);
  for (const entry of heard) {
    const events = `${entry.start ? 'start' : '-'} ${entry.end ? 'end' : '-'}${entry.error ? ` error ${entry.error}` : ''}`;
    console.log(`  ${String(entry.ms ?? '-').padStart(5)} ms  ${events.padEnd(9)} ${entry.lang} ${entry.text}`);
  }
  check(heard.length > 2, `${heard.length} utterances in ${seconds.toFixed(1)} s, voice ${heard[0]?.voice ?? 'none'}`);
  check(
    heard.every((entry) => entry.start && entry.end && !entry.error),
    'every utterance started and ended, without error',
  );
  const { seconds: duration, loud } = soundIn(sound);
  check(
    duration > 1 && loud > 0.05,
    `speech-dispatcher wrote ${duration.toFixed(1)} s of sound, ${Math.round(loud * 100)} % of it not silent`,
  );

  // Stop: tap a step, wait for its first words, tap Stop; nothing more is said.
  const before = heard.length;
  const other = page.locator('li.step').nth(1).locator('[data-read-aloud]');
  await other.click();
  await page.waitForFunction(
    (count) => (window as unknown as { heard: Heard[] }).heard.filter((e) => e.text.trim() && e.start).length > count,
    before,
    { timeout: 10_000 },
  );
  await other.click();
  const atStop = (await heardOn(page)).length;
  await page.waitForTimeout(3000);
  const after = await heardOn(page);
  check(
    after.length === atStop,
    `after Stop no new utterance (${atStop - before} before Stop, ${after.length - atStop} after)`,
  );
  check(!(await page.evaluate(() => speechSynthesis.speaking)), 'after Stop the voice is silent');
  await launched.close();
} finally {
  server.close();
  dispatcher?.kill();
  rmSync(home, { recursive: true, force: true });
}
console.log(failed ? 'Real voice: FAILED' : 'Real voice: passed');
process.exit(failed ? 1 : 0);
