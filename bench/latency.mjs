// Latency from one user's save to the change being visible in N other real browser pages.
//   node bench/latency.mjs [N ...]        (default: 5 20; jar from target/headpin.jar, embedded database)
// One writer page renames a team on the Organisation screen; N reader pages (other sessions, other users) show the
// same tree. A sample is, on the one machine clock: the first animation frame after the new name is in a reader's
// tree, minus the moment the writer's browser dispatched the click on Save. Timestamps are taken inside the pages
// (a click listener on the writer, a MutationObserver on each reader's grid), so neither Playwright's own click
// handling nor any polling is in the numbers. WARMUP rounds per N (default 30: a node that has run for a while has
// compiled its hot paths) are run first and not counted.
// BENCH_JVM_ARGS passes options to the app's JVM (e.g. -Xlog:gc). CPU per change: CPU time (Linux /proc) that all
// Chromium processes and the app's JVM spent from just before the click until half a second after the last reader
// painted, averaged over the rounds.
// The server's share comes from the app's own debug line per UI update ("ran X ms after it was sent": from the
// change leaving the bus to the UI's update having run; the push follows at once), for all N + 1 subscribed UIs.
// BROWSER_CGROUP=true puts Chromium into a CPU cgroup with the lowest weight (cgroup v1 cpu.shares=2, or v2
// cpu.weight=1; needs root), so that the 21 pages rendering on the same two cores do not starve the server: on a
// real deployment they render on the users' machines. (nice and chrt do not hold: Chromium sets its own
// processes' priorities.)
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserAvailable, launchBrowser, login, newPage, startApp } from '../src/test/browser/harness.mjs';

const ROUNDS = Number(process.env.ROUNDS || 10);
const WARMUP = Number(process.env.WARMUP || 30);
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round1 = (ms) => Math.round(ms);
const TICK_MS = 10; // USER_HZ = 100 on Linux

/** CPU time in ms of the processes whose command line matches, from /proc (0 where /proc is not there). */
function cpuMillis(matches) {
  let ticks = 0;
  for (const pid of existsSync('/proc') ? readdirSync('/proc').filter((d) => /^\d+$/.test(d)) : []) {
    try {
      if (!matches(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks * TICK_MS;
}

/** In a reader: resolves with the time of the first frame after `name` shows in the organisation tree. */
function watchFor(name) {
  const now = () => performance.timeOrigin + performance.now();
  window.__seen = new Promise((resolve) => {
    const grid = document.querySelector('#org-tree');
    const shown = () => [...grid.querySelectorAll('vaadin-grid-cell-content')].some((c) => c.textContent === name);
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      const inDom = now();
      requestAnimationFrame(() => resolve({ inDom, frame: now() }));
    });
    observer.observe(grid, { subtree: true, childList: true, characterData: true });
  });
}

const browserCgroup = process.env.BROWSER_CGROUP === 'true';
if (browserCgroup) {
  const v1 = '/sys/fs/cgroup/cpu';
  const group = existsSync(v1) ? join(v1, 'headpin-bench-browsers') : '/sys/fs/cgroup/headpin-bench-browsers';
  mkdirSync(group, { recursive: true });
  if (existsSync(v1)) writeFileSync(join(group, 'cpu.shares'), '2');
  else writeFileSync(join(group, 'cpu.weight'), '1');
  const wrapper = join(tmpdir(), 'headpin-bench-chromium.sh');
  writeFileSync(wrapper, `#!/bin/sh\necho $$ > ${join(group, 'cgroup.procs')}\nexec ${browserAvailable().path} "$@"\n`);
  chmodSync(wrapper, 0o755);
  process.env.CHROMIUM_PATH = wrapper;
}
const app = await startApp({
  args: ['--headpin.demo-data=true', '--logging.level.root=warn',
    '--logging.level.com.headpin.collaboration.UiSubscriptions=debug'],
  jvmArgs: (process.env.BENCH_JVM_ARGS || '').split(' ').filter(Boolean),
});
const cpu = () => ({
  browser: cpuMillis((cmd) => /chrom/.test(cmd.split('\0')[0])),
  server: cpuMillis((cmd) => cmd.includes(`--server.port=${app.port}`)),
});
const serverDelays = () => [...readFileSync(app.logFile, 'utf8')
  .matchAll(/Live change of organisation ran (\d+) ms after it was sent/g)].map((m) => Number(m[1]));
const browser = await launchBrowser();
try {
  const writer = await newPage(browser);
  await login(writer, app.url, 'admin', 'demo');
  await writer.goto(`${app.url}/admin/organisation`);
  await writer.locator('#org-tree').waitFor();
  await writer.evaluate(() => document.addEventListener('click', (e) => {
    if (e.composedPath().some((node) => node.id === 'save-unit')) {
      window.__clickedAt = performance.timeOrigin + performance.now();
    }
  }, true));
  let current = 'Energy Team';
  let serial = 0;
  const results = [];
  for (const n of (sizes.length ? sizes : [5, 20])) {
    const readers = [];
    for (let i = 0; i < n; i++) {
      const page = await newPage(browser);
      await login(page, app.url, 'admin2', 'demo');
      await page.goto(`${app.url}/admin/organisation`);
      await page.locator('#org-tree vaadin-grid-cell-content', { hasText: current }).first().waitFor();
      readers.push(page);
    }
    const samples = [];
    const domSamples = [];
    const server = [];
    const cpuUsed = { browser: 0, server: 0 };
    for (let round = 0; round < WARMUP + ROUNDS; round++) {
      const name = `Energy Team ${serial++}`;
      await writer.locator('#org-tree vaadin-grid-cell-content', { hasText: current }).first().dblclick();
      await writer.locator('#unit-name input').fill(name);
      await Promise.all(readers.map((page) => page.evaluate(watchFor, name)));
      const logged = serverDelays().length;
      const cpuBefore = cpu();
      await writer.locator('#save-unit').click();
      const seen = await Promise.all(readers.map((page) => page.evaluate(() => window.__seen)));
      const clicked = await writer.evaluate(() => window.__clickedAt);
      await sleep(500);
      const cpuAfter = cpu();
      if (round >= WARMUP) {
        cpuUsed.browser += cpuAfter.browser - cpuBefore.browser;
        cpuUsed.server += cpuAfter.server - cpuBefore.server;
        for (const { inDom, frame } of seen) {
          samples.push(frame - clicked);
          domSamples.push(inDom - clicked);
        }
      }
      current = name;
      await writer.locator('vaadin-dialog-overlay').waitFor({ state: 'detached' });
      if (round >= WARMUP) server.push(...serverDelays().slice(logged));
    }
    results.push({ n, samples: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95),
      max: Math.max(...samples), domP50: percentile(domSamples, 50), domP95: percentile(domSamples, 95),
      serverP50: percentile(server, 50), serverP95: percentile(server, 95),
      browserCpu: cpuUsed.browser / ROUNDS, serverCpu: cpuUsed.server / ROUNDS });
    await Promise.all(readers.map((page) => page.context().close()));
  }
  console.log(`Chromium ${browserCgroup ? 'in a low-weight CPU cgroup' : 'at normal priority'}`);
  console.log('| readers N | samples | p50 (ms) | p95 (ms) | max (ms) | in DOM p50 / p95 (ms) '
    + '| server p50 / p95 (ms) | CPU per change: Chromium / server (ms) |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(`| ${r.n} | ${r.samples} | ${round1(r.p50)} | ${round1(r.p95)} | ${round1(r.max)} | `
      + `${round1(r.domP50)} / ${round1(r.domP95)} | ${r.serverP50} / ${r.serverP95} | `
      + `${round1(r.browserCpu)} / ${round1(r.serverCpu)} |`);
  }
} finally {
  await browser.close();
  await app.stop();
}
