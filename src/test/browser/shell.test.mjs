// The application shell in a real browser: log-in, side navigation, the English ⇄ 简体中文 switch, the home chart,
// and the access-denied view. Runs the packaged jar once for the whole file (see README.md).

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  ARTIFACT_DIR, demoAppForSuite, login, newPage, requireBrowser,
} from './harness.mjs';

const TEST_TIMEOUT_MS = 150_000;

/**
 * Side-navigation items by their accessible name. (Text locators do not fit here: Playwright counts the text in a
 * `vaadin-side-nav-item`'s shadow root, such as its hidden "Toggle child items" label, as part of the item's text.)
 */
const navItem = (page, name) => page.locator('vaadin-side-nav').getByRole('link', { name, exact: true });

/** Runs `body` with a fresh page; on failure keeps a screenshot next to the app log for diagnosis. */
async function withPage(browser, name, body) {
  const page = await newPage(browser);
  try {
    await body(page);
  } catch (e) {
    mkdirSync(ARTIFACT_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACT_DIR, `failure-${name}.png`), fullPage: true }).catch(() => {});
    throw e;
  } finally {
    await page.context().close();
  }
}

describe('application shell', () => {
  const suite = demoAppForSuite();

  test('login form, shell with side navigation, switch to 简体中文', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    if (!requireBrowser(t)) return;
    await withPage(suite.browser, 'shell', async (page) => {
      await page.goto(`${suite.app.url}/`);
      await page.locator('vaadin-login-form').waitFor({ state: 'visible' });
      assert.match(new URL(page.url()).pathname, /\/login$/, 'unauthenticated visitors land on /login');

      await login(page, suite.app.url, 'director', 'demo');
      await page.locator('vaadin-app-layout').waitFor({ state: 'visible' });
      const nav = page.locator('vaadin-side-nav');
      await nav.first().waitFor({ state: 'visible' });
      const homeEn = navItem(page, 'Home');
      const homeZh = navItem(page, '首页');
      // The UI opens in the user's stored language (the demo `director` prefers 简体中文), so first make sure
      // we are on English — switching there if needed — then switch to 简体中文: both directions get exercised.
      await homeEn.or(homeZh).first().waitFor({ state: 'visible' });
      if (await homeZh.count() > 0) {
        await page.locator('#language-switch').click();
      }
      await homeEn.first().waitFor({ state: 'visible' });
      assert.equal(await homeZh.count(), 0, 'no Chinese "首页" left in English');

      await page.locator('#language-switch').click();
      await homeZh.first().waitFor({ state: 'visible' });
      assert.equal(await homeEn.count(), 0, 'no English "Home" left after the switch');
      // Home's chart (shared.ui.chart.Chart: ECharts loaded from its webjar) has drawn its bars.
      await page.waitForFunction(() => {
        const canvas = document.querySelector('#home-tier-funnel headpin-chart')?.shadowRoot?.querySelector('canvas');
        if (!canvas?.width) return false;
        const alpha = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data
          .filter((_, i) => i % 4 === 3);
        return alpha.filter((a) => a > 0).length > alpha.length / 50;
      });

      mkdirSync(ARTIFACT_DIR, { recursive: true });
      await page.screenshot({ path: join(ARTIFACT_DIR, 'shell-zh.png'), fullPage: true });
    });
  });

  test('a sales rep opening /admin/users gets the access-denied view', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    if (!requireBrowser(t)) return;
    await withPage(suite.browser, 'access-denied', async (page) => {
      await login(page, suite.app.url, 'rep', 'demo');
      // The rep's shell is rendered with its side navigation: the "no Users item" check below means something.
      await navItem(page, /^\s*(Home|首页)\s*$/).first().waitFor({ state: 'visible' });
      await page.goto(`${suite.app.url}/admin/users`);
      await page.locator('#access-denied').waitFor({ state: 'visible' });
      const usersItems = navItem(page, /^\s*(Users|用户)\s*$/);
      assert.equal(await usersItems.count(), 0, 'the side navigation offers no "Users" item to a sales rep');
    });
  });
});
