// Throwaway browser check of the movement and accuracy pages (deleted after use).
import { launchBrowser, newPage, login } from './harness.mjs';

const base = 'http://localhost:8306';
const out = '/tmp/fm';
const browser = await launchBrowser();
async function shoot(user, name, path, { dark = false, click = false } = {}) {
  const page = await newPage(browser);
  await login(page, base, user, 'demo');
  if (dark) {
    await page.locator('#theme-switch').click();
    await page.waitForTimeout(1500);
  }
  await page.goto(`${base}/${path}`);
  await page.waitForTimeout(5000);
  if (click) {
    // Click the "Won" bar area: the seventh of nine categories.
    const box = await page.locator('#movement-chart').boundingBox();
    if (box) {
      await page.mouse.click(box.x + box.width * (7.5 / 9) - 10, box.y + box.height - 60);
      await page.waitForTimeout(1500);
    }
  }
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  const text = await page.locator('body').innerText();
  console.log(`--- ${name}\n${text.slice(0, 1500)}`);
  await page.context().close();
}
await shoot('director', 'movement-en', 'forecast/movement', { click: true });
await shoot('manager', 'movement-zh', 'forecast/movement');
await shoot('rep3', 'movement-dark', 'forecast/movement', { dark: true });
await shoot('rep3', 'movement-light-again', 'forecast/movement', { dark: true });
await shoot('director', 'accuracy-en', 'forecast/accuracy');
await shoot('rep', 'accuracy-zh', 'forecast/accuracy');
await browser.close();
