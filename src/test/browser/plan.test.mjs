// Two real browsers on one account plan: the manager sees the rep on the plan, and the plan text the rep saves,
// without reloading. Demo data: account 1 is 上海浦江银行, owned by rep, in manager's team, with this year's plan.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  ARTIFACT_DIR, demoAppForSuite, login, newPage, requireBrowser,
} from './harness.mjs';

async function openPlan(page, baseUrl) {
  await page.goto(`${baseUrl}/accounts/1`);
  await page.locator('#account-title').waitFor({ state: 'visible' });
  await page.locator('vaadin-tabsheet vaadin-tab').nth(3).click();
  await page.locator('#plan-competitors').waitFor({ state: 'visible' });
}

describe('account plan together', () => {
  const suite = demoAppForSuite();

  test('two users edit one plan and see each other and the changes', { timeout: 120_000 }, async (t) => {
    if (!requireBrowser(t)) return;
    const rep = await newPage(suite.browser);
    const manager = await newPage(suite.browser);
    try {
      await login(rep, suite.app.url, 'rep', 'demo');
      await login(manager, suite.app.url, 'manager', 'demo');
      await openPlan(manager, suite.app.url);
      await openPlan(rep, suite.app.url);

      await manager.waitForFunction(() => {
        const group = document.querySelector('#plan-presence');
        return group && Array.isArray(group.items) && group.items.some((item) => item.name === '张敏');
      });
      await rep.waitForFunction(() => {
        const group = document.querySelector('#plan-presence');
        return group && Array.isArray(group.items) && group.items.some((item) => item.name === '李娜');
      });

      // The rep works in the competitors field: the manager sees it marked with the rep's name.
      await rep.locator('#plan-competitors textarea').focus();
      await manager.waitForFunction(() => document.querySelector('#plan-competitors')
        ?.getAttribute('data-editor') === '张敏');
      await rep.locator('#plan-competitors textarea').fill('本地厂商 A；国际厂商 B；新进入者 C');
      await rep.locator('#plan-save-narrative').click();
      await manager.waitForFunction(() => document.querySelector('#plan-competitors')?.value
        === '本地厂商 A；国际厂商 B；新进入者 C');
      assert.ok(true);
      mkdirSync(ARTIFACT_DIR, { recursive: true });
      await manager.screenshot({ path: join(ARTIFACT_DIR, 'plan-manager.png'), fullPage: true });
    } finally {
      await rep.context().close();
      await manager.context().close();
    }
  });
});
