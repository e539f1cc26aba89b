import { launchBrowser, newPage, login } from './harness.mjs';
const base = process.env.BASE || 'http://localhost:8290';
const out = '/tmp/shots';
const b = await launchBrowser();
const wait = (p, ms) => p.waitForTimeout(ms);
async function shots(user, tag, dark, pages) {
  const p = await newPage(b, { viewport: { width: 1440, height: 900 } });
  p.on('pageerror', e => console.log(tag, 'PAGEERROR', e.message));
  await login(p, base, user, 'demo');
  for (const [name, path] of pages) {
    await p.goto(`${base}/${path}`); await wait(p, 3000);
    if (dark) { await p.evaluate(() => document.documentElement.setAttribute('theme', 'dark')); await wait(p, 500); }
    const text = await p.locator('body').innerText();
    const raw = text.match(/!\S+|\{[0-9]\}|\b[a-z]+\.[a-z-]+\.[a-z-]+\b/g);
    if (raw) console.log(tag, name, 'SUSPECT', [...new Set(raw)].slice(0, 10).join(' | '));
    await p.screenshot({ path: `${out}/${tag}-${name}.png`, fullPage: name.startsWith('deal-') });
  }
  return p;
}
const which = process.argv[2] || 'all';
if (which === 'all' || which === 'en') {
  const p = await shots('admin', 'en', false, [['home', ''], ['board', 'board'], ['deals', 'deals'], ['process', 'sales-process'], ['handover', 'handover'], ['deal-page', 'deals/5']]);
  await p.keyboard.press('Control+k'); await p.keyboard.type('bank', { delay: 50 }); await wait(p, 1500);
  await p.screenshot({ path: `${out}/en-search.png` });
}
if (which === 'all' || which === 'zh') {
  await shots('admin2', 'zh', false, [['home', ''], ['board', 'board'], ['deals', 'deals'], ['process', 'sales-process'], ['handover', 'handover'], ['deal-page', 'deals/5']]);
}
if (which === 'all' || which === 'dark') {
  await shots('manager', 'dark', true, [['home', ''], ['board', 'board'], ['deal-page', 'deals/5']]);
}
if (which === 'all' || which === 'rep') {
  const p = await shots('rep', 'rep', false, [['home', ''], ['board', 'board'], ['deals', 'deals']]);
  await p.keyboard.press('Control+k'); await p.keyboard.type('上海', { delay: 50 }); await wait(p, 1500);
  await p.screenshot({ path: `${out}/rep-search.png` });
  await p.setViewportSize({ width: 390, height: 844 }); await p.goto(`${base}/board`); await wait(p, 2500);
  await p.screenshot({ path: `${out}/rep-phone-board.png` });
}
await b.close();
