// Two people in one live forecast meeting, each in a real browser of their own: the director (李娜, manager of the
// Banking team) opens the meeting for the current quarter and presents; the rep (张敏) joins and follows. The presenter
// steps to 张敏 and the rep's page follows; the rep then changes a deal's forecast category (to or from commit) and
// the director's page shows the team's new commitment without reloading. Demo data: 张敏 has open deals closing in
// the current quarter.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  ARTIFACT_DIR, demoAppForSuite, login, newPage, requireBrowser,
} from './harness.mjs';

/** Clicks the rep's row in the meeting's numbers grid. */
async function stepTo(page, name) {
  await page.locator('#forecast-meeting-reps vaadin-grid-cell-content', { hasText: new RegExp(`^${name}$`) })
    .first().click();
}

describe('live forecast meeting', () => {
  const suite = demoAppForSuite();

  test('the follower follows the presenter and the director sees the rep\'s new commitment', { timeout: 180_000 },
    async (t) => {
      if (!requireBrowser(t)) return;
      const director = await newPage(suite.browser);
      const rep = await newPage(suite.browser);
      try {
        await login(director, suite.app.url, 'manager', 'demo');
        await login(rep, suite.app.url, 'rep', 'demo');
        await director.goto(`${suite.app.url}/forecast/meetings`);
        await director.locator('#forecast-meeting-open').click();
        await director.locator('#forecast-meeting-heading').waitFor({ state: 'visible' });
        await director.waitForFunction(() => /forecast\/meetings\/\d+$/.test(location.pathname));
        const meetingUrl = director.url();

        await rep.goto(meetingUrl);
        await rep.locator('#forecast-meeting-follow-state').waitFor({ state: 'visible' });
        assert.equal(await rep.locator('#forecast-meeting-follow').isVisible(), false, 'the rep follows at once');
        // Both are present: the director's avatars show the rep.
        await director.waitForFunction(() => {
          const group = document.querySelector('#forecast-meeting-presence');
          return group && Array.isArray(group.items) && group.items.some((item) => item.name === '张敏');
        });

        // The presenter steps to 张敏: the follower's page shows 张敏 and their deals.
        await stepTo(director, '张敏');
        await rep.waitForFunction(() => document.querySelector('#forecast-meeting-shown-rep')?.textContent === '张敏',
          undefined, { timeout: 15_000 });

        // The rep commits a deal (or takes one out of commit): the director's team commitment changes live.
        const commitment = director.locator('#forecast-meeting-total-commitment');
        const before = await commitment.textContent();
        const select = rep.locator('vaadin-select[id^="forecast-meeting-category-"]').first();
        await select.waitFor({ state: 'visible' });
        const shown = (await select.locator('vaadin-select-value-button').textContent()).trim();
        const target = shown === '承诺' || shown === 'Commit' ? /管道|Pipeline/ : /承诺|Commit/;
        await select.click();
        await rep.locator('vaadin-select-item', { hasText: target }).first().click();
        await director.waitForFunction((old) => document.querySelector('#forecast-meeting-total-commitment')
          ?.textContent !== old, before, { timeout: 15_000 });
        assert.notEqual(await commitment.textContent(), before);

        mkdirSync(ARTIFACT_DIR, { recursive: true });
        await director.screenshot({ path: join(ARTIFACT_DIR, 'meeting-director.png'), fullPage: true });
        await rep.screenshot({ path: join(ARTIFACT_DIR, 'meeting-rep.png'), fullPage: true });
      } finally {
        await director.context().close();
        await rep.context().close();
      }
    });
});
