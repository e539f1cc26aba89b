import { launchBrowser, newPage, login } from './harness.mjs';
const base = 'http://localhost:8304';
const browser = await launchBrowser();
async function shot(user, path, name, dark = false, act = null) {
  const page = await newPage(browser, { viewport: { width: 1440, height: 1400 } });
  await login(page, base, user, 'demo');
  await page.goto(`${base}/${path}`);
  await page.waitForTimeout(4000);
  if (dark) { await page.evaluate(() => document.documentElement.setAttribute('theme', 'dark')); await page.waitForTimeout(1500); }
  if (act) await act(page);
  await page.screenshot({ path: `/tmp/fq/${name}.png`, fullPage: true });
  await page.context().close();
}
await shot('director', 'forecast/quotas', 'quotas-director-zh');
await shot('admin', 'forecast/quotas', 'quotas-admin-en', true);
await shot('rep3', 'forecast/quotas', 'quotas-rep3-en');
await shot('manager', 'forecast/quotas', 'quotas-dialog-zh', false, async (page) => {
  await page.locator('vaadin-button[id^="edit-quota-rep-"]').first().click();
  await page.waitForTimeout(2000);
});
await shot('director', 'forecast/quotas', 'distribute-zh', false, async (page) => {
  await page.locator('vaadin-button[id^="distribute-quota-"]').first().click();
  await page.waitForTimeout(2000);
});
await shot('admin', 'forecast/win-loss', 'winloss-admin-en');
await shot('rep', 'forecast/win-loss', 'winloss-rep-zh', true);
await browser.close();
