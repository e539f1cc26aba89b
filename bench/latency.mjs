// Latency from one user's save to the change being visible in N other real browser pages.
//   node bench/latency.mjs [N ...]        (default: 5 20; jar from target/headpin.jar, embedded database)
// One writer page renames a team on the Organisation screen; N reader pages (other sessions) poll every 20 ms for
// the new name in their tree. Each sample: reader's "row visible" time minus the writer's click time (same machine; includes
// up to 20 ms of polling and the DevTools round trip).
import { launchBrowser, login, newPage, startApp } from '../src/test/browser/harness.mjs';

const ROUNDS = Number(process.env.ROUNDS || 10);
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

const app = await startApp({ args: ['--headpin.demo-data=true', '--logging.level.root=warn'] });
const browser = await launchBrowser();
try {
  const writer = await newPage(browser);
  await login(writer, app.url, 'admin', 'demo');
  await writer.goto(`${app.url}/admin/organisation`);
  await writer.locator('#org-tree').waitFor();
  let current = 'Energy Team';
  const results = [];
  let serial = 0;
  for (const n of (sizes.length ? sizes : [5, 20])) {
    const readers = [];
    for (let i = 0; i < n; i++) {
      const page = await newPage(browser);
      await login(page, app.url, 'admin2', 'demo');
      await page.goto(`${app.url}/admin/organisation`);
      await page.locator('#org-tree').waitFor();
      readers.push(page);
    }
    const samples = [];
    for (let round = 0; round < ROUNDS; round++) {
      const username = `Energy Team ${serial++}`;
      await writer.locator('#org-tree vaadin-grid-cell-content', { hasText: current }).first().dblclick();
      await writer.locator('#unit-name input').fill(username);
      const seen = readers.map((page) => page.waitForFunction((name) => [...document
        .querySelectorAll('vaadin-grid-cell-content')].some((cell) => cell.textContent === name), username,
      { polling: 20, timeout: 30_000 }).then(() => Date.now()));
      const clicked = Date.now();
      await writer.locator('#save-unit').click();
      for (const at of await Promise.all(seen)) samples.push(at - clicked);
      current = username;
    }
    results.push({ n, samples: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95),
      max: Math.max(...samples) });
    await Promise.all(readers.map((page) => page.context().close()));
  }
  console.log('| readers N | samples | p50 (ms) | p95 (ms) | max (ms) |');
  console.log('|---|---|---|---|---|');
  for (const r of results) console.log(`| ${r.n} | ${r.samples} | ${r.p50} | ${r.p95} | ${r.max} |`);
} finally {
  await browser.close();
  await app.stop();
}
