import { launchBrowser, newPage, login } from './harness.mjs';
const base = 'http://localhost:8305';
const browser = await launchBrowser();
async function shot(user, name, { dark = false, dialog = null } = {}) {
  const page = await newPage(browser, { viewport: { width: 1500, height: 1400 } });
  await login(page, base, user, 'demo');
  if (dark) {
    await page.locator('#theme-switch').click();
    await page.waitForTimeout(800);
  }
  await page.goto(`${base}/forecast`);
  await page.locator('#forecast-numbers').waitFor();
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/fn/${name}.png`, fullPage: true });
  if (dialog === 'call') {
    await page.locator('.forecast-call-button').first().click();
    await page.locator('#forecast-call-amount input').fill('1500000');
    await page.locator('#forecast-call-note textarea').fill('Two big deals in negotiation / 两个大单');
    await page.locator('#forecast-call-save').click();
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `/tmp/fn/${name}-dialog.png` });
  }
  if (dialog === 'adjust') {
    await page.locator('.forecast-adjust-button').first().click();
    await page.locator('#forecast-adjust-forecast input').fill('900000');
    await page.locator('#forecast-adjust-note textarea').fill('预算推迟');
    await page.locator('#forecast-adjust-save').click();
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `/tmp/fn/${name}-dialog.png` });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/fn/${name}-after.png`, fullPage: true });
  }
  if (dialog === 'deals') {
    await page.locator('.forecast-number').nth(3).click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/fn/${name}-deals.png` });
  }
  if (dark) {
    await page.locator('#theme-switch').click();
    await page.waitForTimeout(500);
  }
  await page.context().close();
}
await shot('rep3', 'rep3-en', { dialog: 'call' });
await shot('manager', 'manager-zh', { dialog: 'adjust' });
await shot('admin', 'admin-en', { dialog: 'deals' });
await shot('admin2', 'admin2-zh-dark', { dark: true });
await shot('rep', 'rep-zh');
await browser.close();
