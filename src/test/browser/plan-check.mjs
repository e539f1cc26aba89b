// Throwaway browser check of the sales plan and the company calendar (deleted after use).
import { launchBrowser, newPage, login } from './harness.mjs';

const base = process.env.BASE || 'http://localhost:8303';
const browser = await launchBrowser();
async function shot(user, path, name, setup) {
  const page = await newPage(browser, { viewport: { width: 1400, height: 1800 } });
  await login(page, base, user, 'demo');
  if (setup) await setup(page);
  await page.goto(`${base}/${path}`);
  await page.waitForTimeout(4000);
  if (path === 'planner') {
    await page.locator('#plan-quota input').fill('5000000');
    await page.locator('#plan-make').click();
    await page.waitForTimeout(5000);
  }
  await page.screenshot({ path: `/tmp/plan/${name}.png`, fullPage: true });
  await page.context().close();
}
await shot('rep3', 'planner', 'planner-en');
await shot('rep', 'planner', 'planner-zh');
await shot('rep3', 'planner', 'planner-dark', async (page) => {
  await page.locator('#theme-switch').click();
  await page.waitForTimeout(1000);
});
await shot('admin', 'calendar', 'calendar-en');
await shot('director', 'calendar', 'calendar-zh');
// switch rep3 back to light
const page = await newPage(browser);
await login(page, base, 'rep3', 'demo');
await page.locator('#theme-switch').click();
await page.waitForTimeout(1000);
await browser.close();
