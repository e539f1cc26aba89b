// Reusable helpers for Headpin's real-browser tests (node:test + playwright-core + Debian Chromium).
//
//   startApp({ port, args, env, jvmArgs })  runs the packaged jar on an isolated embedded database
//   launchBrowser()                         starts Chromium (never a Playwright-downloaded browser)
//   browserAvailable() / requireBrowser(t)  skip, or fail under HEADPIN_REQUIRE_BROWSER=true, without Chromium
//   newPage(browser)                        a page in a fresh English context
//   login(page, baseUrl, user, password)    logs in through the Vaadin login form
//   demoAppForSuite()                       in a describe(): the app with demo data and Chromium, for all its tests
//
// Environment: HEADPIN_JAR (default <repo>/target/headpin.jar), HEADPIN_TARGET (default <repo>/target),
// JAVA_HOME, CHROMIUM_PATH, HEADPIN_REQUIRE_BROWSER.

import { spawn } from 'node:child_process';
import { accessSync, constants, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '..', '..', '..');

export const TARGET_DIR = resolve(process.env.HEADPIN_TARGET || join(REPO_ROOT, 'target'));
export const JAR_PATH = resolve(process.env.HEADPIN_JAR || join(TARGET_DIR, 'headpin.jar'));
/** Screenshots and app logs go here. */
export const ARTIFACT_DIR = join(TARGET_DIR, 'browser');

export const STARTUP_TIMEOUT_MS = 180_000;
const POLL_INTERVAL_MS = 250;
const STOP_GRACE_MS = 20_000;
const DEFAULT_JAVA_HOME = '/usr/lib/jvm/temurin-25-jdk-amd64';

export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

// ---------------------------------------------------------------------------------------------------------------
// Application

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function javaExecutable(env) {
  const candidates = [env.JAVA_HOME, process.env.JAVA_HOME, DEFAULT_JAVA_HOME].filter(Boolean);
  for (const home of candidates) {
    const java = join(home, 'bin', 'java');
    if (isExecutable(java)) return java;
  }
  return 'java';
}

/** A TCP port that was free a moment ago (the OS picks it). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function logTail(file, lines = 80) {
  try {
    const text = readFileSync(file, 'utf8');
    return text.split('\n').slice(-lines).join('\n');
  } catch (e) {
    return `(no log: ${e.message})`;
  }
}

// Children still running when the test process goes away are killed, so no JVM outlives its test file.
const liveChildren = new Set();
let exitHooksInstalled = false;
function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', () => {
    for (const child of liveChildren) child.kill('SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      for (const child of liveChildren) child.kill('SIGKILL');
      process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
    });
  }
}

/**
 * Starts the packaged jar on `port` (a free one when omitted) with an embedded H2 database in a fresh temp dir,
 * and resolves once /actuator/health reports UP.
 * @returns {Promise<{url: string, port: number, logFile: string, dataDir: string, stop: () => Promise<void>}>}
 */
export async function startApp({ port, args = [], env = {}, jvmArgs = [], timeoutMs = STARTUP_TIMEOUT_MS } = {}) {
  if (!existsSync(JAR_PATH)) {
    throw new Error(`Headpin jar not found: ${JAR_PATH} (build it first with ./mvnw package, or set HEADPIN_JAR)`);
  }
  port ??= await freePort();
  const url = `http://localhost:${port}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'headpin-browser-'));
  mkdirSync(ARTIFACT_DIR, { recursive: true });
  const logFile = join(ARTIFACT_DIR, `app-${port}.log`);

  const appArgs = [`--server.port=${port}`];
  const hasDatasourceUrl = args.some((a) => a.startsWith('--spring.datasource.url='))
    || Boolean(env.SPRING_DATASOURCE_URL);
  if (!hasDatasourceUrl) {
    // Same settings as the app's default H2 url (application.yml), in the temp dir instead of ./data.
    appArgs.push(`--spring.datasource.url=jdbc:h2:file:${join(dataDir, 'headpin')};MODE=MySQL;DATABASE_TO_LOWER=TRUE;`
      + 'DEFAULT_NULL_ORDERING=HIGH;CASE_INSENSITIVE_IDENTIFIERS=TRUE');
  }
  appArgs.push(...args);

  const java = javaExecutable(env);
  const log = createWriteStream(logFile, { flags: 'w' });
  log.write(`# ${java} ${[...jvmArgs, '-jar', JAR_PATH, ...appArgs].join(' ')}\n# cwd ${dataDir}\n`);

  installExitHooks();
  const child = spawn(java, [...jvmArgs, '-jar', JAR_PATH, ...appArgs], {
    cwd: dataDir, // anything the app writes relative to its working directory stays in the temp dir
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  liveChildren.add(child);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });

  let exited = null; // { code, signal } once the process is gone
  const exitPromise = new Promise((resolveExit) => {
    const done = (code, signal) => {
      if (exited) return;
      exited = { code, signal };
      liveChildren.delete(child);
      resolveExit(exited);
    };
    child.once('exit', done);
    child.once('error', (err) => {
      log.write(`# spawn error: ${err.message}\n`);
      done(null, null);
    });
  });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (!exited) {
      child.kill('SIGTERM');
      const timer = sleep(STOP_GRACE_MS, 'timeout');
      if ((await Promise.race([exitPromise, timer])) === 'timeout' && !exited) {
        child.kill('SIGKILL');
        await exitPromise;
      }
    }
    await new Promise((r) => log.end(r));
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  let lastSeen = 'no answer yet';
  try {
    while (true) {
      if (exited) {
        throw new Error(`Headpin exited during start-up (code ${exited.code}, signal ${exited.signal}); `
          + `log ${logFile}:\n${logTail(logFile)}`);
      }
      if (Date.now() > deadline) {
        throw new Error(`Headpin not healthy after ${Math.round(timeoutMs / 1000)} s (last: ${lastSeen}); `
          + `log ${logFile}:\n${logTail(logFile)}`);
      }
      try {
        const res = await fetch(`${url}/actuator/health`, {
          redirect: 'manual',
          signal: AbortSignal.timeout(2_000),
          headers: { accept: 'application/json' },
        });
        const body = await res.text();
        lastSeen = `HTTP ${res.status} ${body.slice(0, 200)}`;
        if (res.ok && JSON.parse(body).status === 'UP') break;
      } catch (e) {
        lastSeen = e.cause?.code || e.name || e.message;
      }
      await Promise.race([sleep(POLL_INTERVAL_MS), exitPromise]);
    }
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, port, logFile, dataDir, stop };
}

// ---------------------------------------------------------------------------------------------------------------
// Browser

function findOnPath(names) {
  for (const dir of (process.env.PATH || '').split(delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const file = join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return null;
}

/** @returns {{ ok: boolean, path: string | null, reason: string }} */
export function browserAvailable() {
  if (process.env.CHROMIUM_PATH) {
    return isExecutable(process.env.CHROMIUM_PATH)
      ? { ok: true, path: process.env.CHROMIUM_PATH, reason: '' }
      : { ok: false, path: null, reason: `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file` };
  }
  if (isExecutable('/usr/bin/chromium')) return { ok: true, path: '/usr/bin/chromium', reason: '' };
  const onPath = findOnPath(['chromium', 'chromium-browser']);
  if (onPath) return { ok: true, path: onPath, reason: '' };
  return { ok: false, path: null, reason: 'no /usr/bin/chromium and no chromium on PATH (apt-get install chromium, or set CHROMIUM_PATH)' };
}

export const browserRequired = () => process.env.HEADPIN_REQUIRE_BROWSER === 'true';

/**
 * Call at the top of each browser test. Returns true when Chromium is there; otherwise skips the test
 * (`t.skip`) and returns false — or, under HEADPIN_REQUIRE_BROWSER=true, throws so the test fails.
 */
export function requireBrowser(t) {
  const found = browserAvailable();
  if (found.ok) return true;
  if (browserRequired()) {
    throw new Error(`HEADPIN_REQUIRE_BROWSER=true but no Chromium: ${found.reason}`);
  }
  t.skip(`no Chromium: ${found.reason}`);
  return false;
}

/** Chromium through playwright-core; each launch gets its own fresh temporary profile. */
export async function launchBrowser() {
  const found = browserAvailable();
  if (!found.ok) throw new Error(`no Chromium: ${found.reason}`);
  return chromium.launch({
    executablePath: found.path,
    headless: true,
    args: [...CHROMIUM_ARGS],
    timeout: 60_000,
  });
}

/** A page in a fresh browser context, English and desktop-sized, so every test starts logged out. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1366, height: 900 },
    ...options,
  });
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(30_000);
  return context.newPage();
}

/** Logs in through the Vaadin login form at /login and waits for the application shell. */
export async function login(page, baseUrl, username, password) {
  await page.goto(`${baseUrl}/login`);
  const form = page.locator('vaadin-login-form');
  await form.waitFor({ state: 'visible' });
  // Fill and submit only once the form's web components are upgraded: typed text or a click that reaches a
  // not-yet-defined element is lost, and the page stays on /login without an error.
  await page.waitForFunction(() => ['vaadin-login-form', 'vaadin-text-field', 'vaadin-password-field', 'vaadin-button']
    .every((tag) => customElements.get(tag)));
  const submitForm = async () => {
    await page.locator('vaadin-text-field[name="username"] input').fill(username);
    await page.locator('vaadin-password-field[name="password"] input').fill(password);
    const submit = page.locator([
      'vaadin-login-form vaadin-button[slot="submit"]',
      'vaadin-login-form vaadin-button[theme~="submit"]',
      'vaadin-login-form vaadin-button[part~="vaadin-login-submit"]',
      'vaadin-login-form vaadin-button[type="submit"]',
    ].join(', ')).first();
    if (await submit.isVisible()) {
      await submit.click();
    } else {
      await page.locator('vaadin-password-field[name="password"] input').press('Enter');
    }
  };
  await submitForm();
  // Under load a submit can be lost (the page is back on an empty log-in form, without an error): once, the user
  // would simply log in again.
  const shell = page.locator('vaadin-app-layout');
  const reached = await shell.waitFor({ state: 'visible', timeout: 30_000 }).then(() => true, () => false);
  if (!reached && new URL(page.url()).pathname.endsWith('/login')) {
    const refused = await form.first()
      .evaluate((el) => el.hasAttribute('error') || el.error === true, undefined, { timeout: 1_000 })
      .catch(() => false);
    if (!refused) {
      // If the first one was only slow, the page leaves the form meanwhile: the shell below decides.
      await submitForm().catch(() => {});
    }
  }
  try {
    // Generous: the first log-ins after a cold start share two cores with the JVM's compiler (CI).
    await page.locator('vaadin-app-layout').waitFor({ state: 'visible', timeout: 60_000 });
  } catch (e) {
    // Short timeouts here: after a successful log-in the form is gone, and waiting on it would only add delay.
    const hasError = await form.first()
      .evaluate((el) => el.hasAttribute('error') || el.error === true, undefined, { timeout: 1_000 })
      .catch(() => false);
    const shown = (await page.locator('body').innerText({ timeout: 1_000 }).catch(() => ''))
      .replace(/\s+/g, ' ').trim().slice(0, 400);
    throw new Error(`log-in as "${username}" did not reach the application shell (url ${page.url()}`
      + `${hasError ? ', the login form shows an error' : ''}; page shows: "${shown}"): ${e.message}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Suites

/**
 * Call inside a `describe`: starts the jar with demo data and Chromium before the suite's tests and stops both
 * after them. Returns a holder whose `app` and `browser` are set once started (without Chromium they stay unset,
 * and each test skips through `requireBrowser`).
 * @returns {{ app?: Awaited<ReturnType<typeof startApp>>, browser?: import('playwright-core').Browser }}
 */
export function demoAppForSuite() {
  const suite = {};
  before(async () => {
    if (!browserAvailable().ok) return;
    suite.app = await startApp({ args: ['--headpin.demo-data=true'] });
    suite.browser = await launchBrowser();
  }, { timeout: STARTUP_TIMEOUT_MS + 60_000 });
  after(async () => {
    await suite.browser?.close();
    await suite.app?.stop();
  }, { timeout: 60_000 });
  return suite;
}
