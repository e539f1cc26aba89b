import { launchBrowser, newPage, login } from './harness.mjs';
const base = 'http://localhost:8199';
const browser = await launchBrowser();
async function shot(user, path, file, opts = {}) {
  const page = await newPage(browser, opts);
  await login(page, base, user, 'demo');
  await page.goto(base + path);
  await page.waitForTimeout(3500);
  await page.screenshot({ path: `/tmp/${file}.png`, fullPage: false });
  await page.context().close();
}
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 };
await shot('rep', '/accounts', 'phone-accounts-zh', phone);
await shot('rep3', '/accounts', 'phone-accounts-en', phone);
await shot('rep', '/accounts/1', 'phone-account-zh', phone);
await shot('rep3', '/planner', 'planner-en');
await shot('director', '/', 'home-director');
await shot('rep', '/customer-year', 'year-zh');
await shot('manager', '/forecast', 'forecast-zh');
await browser.close();
