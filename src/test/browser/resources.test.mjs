// Two real browsers on a resource request: the rep (张敏) asks for a consultant from a deal's war room, the request
// appears on the director's (王伟) assignment board without a reload; the director drags it onto a person's week,
// confirms (giving a reason if the week is already full), and the rep's war room shows the assignment, again without
// a reload.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  ARTIFACT_DIR, demoAppForSuite, login, newPage, requireBrowser,
} from './harness.mjs';

describe('resource requests', () => {
  const suite = demoAppForSuite();

  test('a request made in one page is assigned in another, both live', { timeout: 180_000 }, async (t) => {
    if (!requireBrowser(t)) return;
    const rep = await newPage(suite.browser);
    const director = await newPage(suite.browser);
    try {
      await login(rep, suite.app.url, 'rep', 'demo');
      await login(director, suite.app.url, 'director', 'demo');
      await director.goto(`${suite.app.url}/resources/board`);
      await director.locator('#capacity-grid').waitFor({ state: 'visible' });

      // One of the rep's open deals, from the war-room board.
      await rep.goto(`${suite.app.url}/board`);
      const card = rep.locator('#deal-board .board-card').first();
      await card.waitFor();
      const dealId = await card.getAttribute('data-deal');
      assert.ok(dealId, 'rep has an open deal');
      await rep.goto(`${suite.app.url}/deals/${dealId}`);
      await rep.locator('vaadin-tab', { hasText: '资源' }).click();
      const before = await rep.$$eval('[id^="resource-status-"]', (els) => els.map((el) => el.id));
      await rep.locator('#resource-request-add').click();
      await rep.locator('#resource-request-justification textarea').fill('浏览器测试：需求调研');
      await rep.locator('#resource-request-save').click();
      // The new request's status, requested (the deal may have demo requests already).
      const statusId = await rep.waitForFunction((known) => {
        const added = [...document.querySelectorAll('[id^="resource-status-"]')].find((el) => !known.includes(el.id));
        return added && added.innerText.includes('已申请') ? added.id : null;
      }, before).then((handle) => handle.jsonValue());
      const requestId = statusId.replace('resource-status-', '');

      // The director's board shows it without a reload; drag it onto the first person's first week.
      const request = director.locator(`#open-request-${requestId}`);
      await request.waitFor({ state: 'visible', timeout: 20_000 });
      const cell = director.locator('#capacity-grid .capacity-cell').first();
      await request.dragTo(cell);
      await director.locator('#assign-confirm').waitFor({ state: 'visible' });
      const reason = director.locator('#assign-reason textarea');
      if (await reason.isVisible()) {
        await reason.fill('浏览器测试：重点项目优先');
      }
      await director.locator('#assign-confirm').click();
      await request.waitFor({ state: 'detached', timeout: 20_000 });

      // The rep's war room follows: assigned, without a reload.
      await rep.waitForFunction((id) => document.querySelector(`#resource-status-${id}`)?.innerText.includes('已指派'),
        requestId, { timeout: 20_000 });

      mkdirSync(ARTIFACT_DIR, { recursive: true });
      await rep.screenshot({ path: join(ARTIFACT_DIR, 'resources-rep.png'), fullPage: true });
      await director.screenshot({ path: join(ARTIFACT_DIR, 'resources-board.png'), fullPage: true });
    } finally {
      await rep.context().close();
      await director.context().close();
    }
  });
});
