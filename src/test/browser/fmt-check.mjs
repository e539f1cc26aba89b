// Throwaway: screenshots of the forecast meeting in both languages (deleted after the check).
import { launchBrowser, newPage, login } from './harness.mjs';
const base = 'http://localhost:8307';
const out = '/tmp/fmt/shots';
const browser = await launchBrowser();
const shot = (p, name) => p.screenshot({ path: `${out}/${name}.png`, fullPage: true });
const manager = await newPage(browser);
const rep = await newPage(browser);
const admin = await newPage(browser);
try {
  await login(manager, base, 'manager', 'demo');
  await login(rep, base, 'rep', 'demo');
  await login(admin, base, 'admin', 'demo');
  await manager.goto(`${base}/forecast/meetings`);
  await manager.locator('#forecast-meeting-open').waitFor();
  await shot(manager, '01-list-zh');
  await manager.locator('#forecast-meeting-open').click();
  await manager.waitForURL(/forecast\/meetings\/\d+$/);
  const url = manager.url();
  await rep.goto(url);
  await admin.goto(url);
  await rep.locator('#forecast-meeting-follow-state').waitFor();
  await manager.locator('#forecast-meeting-reps vaadin-grid-cell-content', { hasText: /^张敏$/ }).first().click();
  await rep.waitForFunction(() => document.querySelector('#forecast-meeting-shown-rep')?.textContent === '张敏');
  await manager.waitForTimeout(1500);
  await shot(manager, '02-presenter-zh');
  await shot(rep, '03-follower-zh');
  await shot(admin, '04-follower-en');
  // the admin browses on their own
  await admin.locator('#forecast-meeting-reps vaadin-grid-cell-content', { hasText: /^刘洋$/ }).first().click();
  await admin.waitForTimeout(1500);
  await shot(admin, '05-browsing-en');
  // a note and an action item
  await manager.locator('#forecast-meeting-note-text textarea').fill('张敏本季度承诺两单');
  await manager.locator('#forecast-meeting-add-note').click();
  await manager.locator('#forecast-meeting-action-title input').fill('更新杭州联合银行的报价');
  await manager.locator('#forecast-meeting-action-owner').click();
  await manager.locator('vaadin-select-item', { hasText: '张敏' }).first().click();
  await manager.locator('#forecast-meeting-add-action').click();
  await manager.waitForTimeout(1500);
  await shot(manager, '06-minutes-zh');
  await shot(admin, '07-minutes-en');
  await rep.goto(`${base}/`);
  await rep.waitForTimeout(3000);
  await shot(rep, '08-home-zh');
  await manager.locator('#forecast-meeting-end').click();
  await manager.locator('vaadin-confirm-dialog-overlay vaadin-button[slot="confirm-button"], vaadin-confirm-dialog vaadin-button[slot="confirm-button"]').first().click();
  await manager.locator('#forecast-meeting-record').waitFor();
  await manager.waitForTimeout(1000);
  await shot(manager, '09-record-zh');
  await admin.waitForTimeout(1500);
  await shot(admin, '10-record-en');
  await admin.goto(`${base}/forecast/meetings`);
  await admin.waitForTimeout(2000);
  await shot(admin, '11-list-en');
} catch (e) {
  console.error(e);
  await shot(manager, 'fail-manager'); await shot(rep, 'fail-rep'); await shot(admin, 'fail-admin');
} finally {
  await browser.close();
}
