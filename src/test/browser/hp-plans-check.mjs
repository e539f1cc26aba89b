import { launchBrowser, newPage, login } from './harness.mjs';

const base = 'http://localhost:8101';
const browser = await launchBrowser();
const shot = async (page, name) => {
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/hp_plans-${name}.png`, fullPage: false });
};
async function as(user, locale, work) {
  const page = await newPage(browser, { locale });
  await login(page, base, user, 'demo');
  try { await work(page); } finally { await page.context().close(); }
}
await as('rep3', 'en-US', async (page) => {
  await page.goto(`${base}/planner`);
  await page.locator('#plan-status').waitFor();
  await shot(page, 'rep3-draft');
  await page.locator('#plan-submit').click();
  await page.waitForTimeout(1500);
  await page.locator('#plan-status', { hasText: 'Waiting' }).waitFor();
  await shot(page, 'rep3-submitted');
});
await as('director', 'en-US', async (page) => {
  await page.goto(`${base}/`);
  await page.locator('#home-sales-plans').waitFor();
  await page.locator('#home-sales-plans').scrollIntoViewIfNeeded();
  await shot(page, 'director-home');
  await page.locator('#home-sales-plans-waiting .plan-review-line', { hasText: 'Emma' }).first().click();
  await page.locator('#plan-approve').waitFor();
  await shot(page, 'director-planner');
  await page.locator('#plan-approve').click();
  await page.locator('#plan-reopen').waitFor();
  await shot(page, 'director-approved');
});
await as('rep', 'zh-CN', async (page) => {
  await page.goto(`${base}/planner`);
  await page.locator('#plan-status').waitFor();
  await shot(page, 'rep-zh');
  await page.locator('#plan-activity').click();
  await page.locator('#plan-activity').scrollIntoViewIfNeeded();
  await shot(page, 'rep-zh-activity');
});
await as('manager', 'zh-CN', async (page) => {
  await page.goto(`${base}/`);
  await page.locator('#home-sales-plans').waitFor();
  await page.locator('#home-sales-plans').scrollIntoViewIfNeeded();
  await shot(page, 'manager-home');
  await page.locator('#home-sales-plans-waiting .plan-review-line').first().click();
  await page.locator('#plan-return').waitFor();
  await shot(page, 'manager-planner');
  await page.locator('#plan-return').click();
  await page.locator('#plan-return-reason').waitFor();
  await page.locator('#plan-return-reason textarea').fill('五月的签约太集中，请把两单移到九月。');
  await shot(page, 'manager-return-dialog');
  await page.locator('#plan-return-confirm').click();
  await page.locator('#plan-status', { hasText: '已退回' }).waitFor();
  await shot(page, 'manager-returned');
});
await browser.close();
console.log('done');
