import { launchBrowser, newPage, login } from './harness.mjs';
const base = 'http://localhost:8199';
const css = 'vaadin-avatar-group.presence-avatars { width: auto; }';
const browser = await launchBrowser();
async function open(user, path) {
  const page = await newPage(browser);
  await login(page, base, user, 'demo');
  await page.goto(base + path);
  await page.addStyleTag({ content: css });
  await page.waitForTimeout(2500);
  return page;
}
const p = await open('rep3', '/planner');
await p.screenshot({ path: '/tmp/planner-fix.png' });
const a = await open('rep', '/accounts/1');
const b = await open('manager', '/accounts/1');
const c = await open('director', '/accounts/1');
await a.waitForTimeout(3000);
await a.screenshot({ path: '/tmp/avatars-a.png', clip: { x: 0, y: 0, width: 1366, height: 300 } });
await c.screenshot({ path: '/tmp/avatars-c.png', clip: { x: 0, y: 0, width: 1366, height: 300 } });
await browser.close();
