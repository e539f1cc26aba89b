// Two real browsers on one record: user B sees user A's avatar while both have the user form open, and the value
// A saves appears in B's form without a reload (Headpin's collaboration layer over Vaadin push).

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  ARTIFACT_DIR, demoAppForSuite, login, newPage, requireBrowser,
} from './harness.mjs';

/** Opens the Users admin view and the edit form of `username` from the grid. */
async function openUserForm(page, baseUrl, username) {
  await page.goto(`${baseUrl}/admin/users`);
  const grid = page.locator('#users-grid');
  await grid.waitFor({ state: 'visible' });
  await grid.locator('vaadin-grid-cell-content', { hasText: new RegExp(`^${username}$`) }).first().click();
  await page.locator('#user-full-name').waitFor({ state: 'visible' });
}

describe('live collaboration', () => {
  const suite = demoAppForSuite();

  test('B sees A on the record and the value A saves, without reloading', { timeout: 120_000 }, async (t) => {
    if (!requireBrowser(t)) return;
    const pageA = await newPage(suite.browser);
    const pageB = await newPage(suite.browser);
    try {
      await login(pageA, suite.app.url, 'admin', 'demo');
      await login(pageB, suite.app.url, 'admin2', 'demo');
      await openUserForm(pageB, suite.app.url, 'rep3');
      await openUserForm(pageA, suite.app.url, 'rep3');

      // A's avatar (赵立新) joins B's presence avatars on this user.
      await pageB.waitForFunction(() => {
        const group = document.querySelector('#user-presence');
        return group && Array.isArray(group.items) && group.items.some((item) => item.name === '赵立新');
      });

      // A focuses the e-mail field: B sees the field marked with A's name.
      await pageA.locator('#user-email input').focus();
      await pageB.waitForFunction(() => document.querySelector('#user-email')?.getAttribute('data-editor') === '赵立新');

      // A saves a new name: B's untouched field takes it over, and B's list updates too.
      await pageA.locator('#user-full-name input').fill('Emma Clarke-Wang');
      await pageA.locator('#save-user').click();
      await pageB.waitForFunction(() => document.querySelector('#user-full-name')?.value === 'Emma Clarke-Wang');
      assert.equal(await pageB.locator('#user-full-name').evaluate((el) => el.value), 'Emma Clarke-Wang');

      mkdirSync(ARTIFACT_DIR, { recursive: true });
      await pageB.screenshot({ path: join(ARTIFACT_DIR, 'live-b.png') });
    } finally {
      await pageA.context().close();
      await pageB.context().close();
    }
  });
});
