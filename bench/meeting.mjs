// Latency from a rep's commitment change in a live forecast meeting to the new team commitment on N meeting screens.
//   node bench/meeting.mjs [N ...]        (default: 20; jar from target/headpin.jar, embedded database, demo data)
// The manager (李娜) opens a meeting of the Banking team for the current quarter and steps to 张敏; 张敏 follows on
// her own page and moves one of her deals between pipeline and commit; N other meeting screens (the manager's, in
// sessions of their own) show the team's commitment. A sample, on the one machine clock: the first animation frame
// after a screen's commitment figure changed, minus the moment the rep's browser dispatched the click on the new
// category. The server's share comes from the app's debug line per UI update ("ran X ms after it was sent"), for
// every subscribed UI. WARMUP rounds (default 20) are not counted; then ROUNDS (default 10).
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { launchBrowser, login, newPage, startApp } from '../src/test/browser/harness.mjs';

const ROUNDS = Number(process.env.ROUNDS || 10);
const WARMUP = Number(process.env.WARMUP || 20);
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** In a screen: resolves with the time of the first frame after the team's commitment differs from `old`. */
function watchChange(old) {
  const now = () => performance.timeOrigin + performance.now();
  window.__seen = new Promise((resolve) => {
    const figure = document.querySelector('#forecast-meeting-total-commitment');
    const observer = new MutationObserver(() => {
      if (figure.textContent === old) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(now()));
    });
    observer.observe(figure, { subtree: true, childList: true, characterData: true });
  });
}

const app = await startApp({
  args: ['--headpin.demo-data=true', '--logging.level.root=warn',
    '--logging.level.com.headpin.collaboration.UiSubscriptions=debug'],
});
const serverDelays = () => [...readFileSync(app.logFile, 'utf8')
  .matchAll(/Live change of .* ran (\d+) ms after it was sent/g)].map((m) => Number(m[1]));
const browser = await launchBrowser();
try {
  const presenter = await newPage(browser);
  await login(presenter, app.url, 'manager', 'demo');
  await presenter.goto(`${app.url}/forecast/meetings`);
  await presenter.locator('#forecast-meeting-open').click();
  await presenter.waitForFunction(() => /forecast\/meetings\/\d+$/.test(location.pathname));
  const meetingUrl = presenter.url();
  await presenter.locator('#forecast-meeting-reps vaadin-grid-cell-content', { hasText: /^张敏$/ }).first().click();
  const rep = await newPage(browser);
  await login(rep, app.url, 'rep', 'demo');
  await rep.goto(meetingUrl);
  await rep.waitForFunction(() => document.querySelector('#forecast-meeting-shown-rep')?.textContent === '张敏');
  await rep.evaluate(() => document.addEventListener('click', (e) => {
    if (e.composedPath().some((node) => node.localName === 'vaadin-select-item')) {
      window.__clickedAt = performance.timeOrigin + performance.now();
    }
  }, true));
  const results = [];
  for (const n of (sizes.length ? sizes : [20])) {
    const screens = [];
    for (let i = 0; i < n; i++) {
      const page = await newPage(browser);
      await login(page, app.url, 'manager', 'demo');
      await page.goto(meetingUrl);
      await page.locator('#forecast-meeting-total-commitment').waitFor();
      screens.push(page);
    }
    const samples = [];
    const server = [];
    for (let round = 0; round < WARMUP + ROUNDS; round++) {
      const old = await screens[0].locator('#forecast-meeting-total-commitment').textContent();
      await Promise.all(screens.map((page) => page.evaluate(watchChange, old)));
      const select = rep.locator('vaadin-select[id^="forecast-meeting-category-"]').first();
      const shown = (await select.locator('vaadin-select-value-button').textContent()).trim();
      const target = shown === '承诺' || shown === 'Commit' ? /管道|Pipeline/ : /承诺|Commit/;
      const logged = serverDelays().length;
      await select.click();
      await rep.locator('vaadin-select-item', { hasText: target }).first().click();
      const seen = await Promise.all(screens.map((page) => page.evaluate(() => window.__seen)));
      const clicked = await rep.evaluate(() => window.__clickedAt);
      await sleep(300);
      if (round >= WARMUP) {
        seen.forEach((frame) => samples.push(frame - clicked));
        server.push(...serverDelays().slice(logged));
      }
    }
    results.push({ n, samples: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95),
      max: Math.max(...samples), serverP50: percentile(server, 50), serverP95: percentile(server, 95),
      updates: server.length });
    await Promise.all(screens.map((page) => page.context().close()));
  }
  console.log('| screens N | samples | p50 (ms) | p95 (ms) | max (ms) | server p50 / p95 (ms) | UI updates |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(`| ${r.n} | ${r.samples} | ${Math.round(r.p50)} | ${Math.round(r.p95)} | ${Math.round(r.max)} | `
      + `${r.serverP50} / ${r.serverP95} | ${r.updates} |`);
  }
} finally {
  await browser.close();
  await app.stop();
}
