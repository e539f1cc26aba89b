// Throwaway: screenshots of the resources pages in both languages and the dark theme.
import { launchBrowser, newPage, login } from './harness.mjs';
const base = 'http://localhost:8301';
const out = '/tmp/res/shots';
const browser = await launchBrowser();
async function shots(user, pages) {
  const page = await newPage(browser);
  await login(page, base, user, 'demo');
  for (const [name, path, after] of pages) {
    await page.goto(`${base}/${path}`);
    await page.waitForTimeout(2500);
    if (after) await after(page);
    await page.screenshot({ path: `${out}/${user}-${name}.png`, fullPage: true });
  }
  await page.context().close();
}
await shots('director', [['board', 'resources/board'], ['demand', 'resources/demand'], ['reports', 'resources/reports'],
  ['pool', 'resources/pool']]);
await shots('rep3', [['mine', 'resources/mine']]);
await shots('admin', [['board', 'resources/board'], ['demand', 'resources/demand'],
  ['demand-dark', 'resources/demand', async (p) => { await p.locator('#theme-switch').click(); await p.waitForTimeout(2000); }],
  ['reports', 'resources/reports']]);
await shots('consultant', [['mine', 'resources/mine']]);
// A rep's war room with its resources tab, and the request dialog.
{
  const page = await newPage(browser);
  await login(page, base, 'rep', 'demo');
  await page.goto(`${base}/board`);
  const card = page.locator('#deal-board .board-card').first();
  await card.waitFor();
  const id = await card.getAttribute('data-deal');
  await page.goto(`${base}/deals/${id}`);
  await page.locator('vaadin-tab', { hasText: '资源' }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/rep-warroom.png`, fullPage: true });
  await page.locator('#resource-request-add').click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/rep-dialog.png` });
  await page.context().close();
}
await browser.close();
