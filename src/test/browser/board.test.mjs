// Two real browsers on the war-room board: the rep drags a card back one lane (through the gate dialog), and the
// manager's board moves the card at once, without reloading. Demo data: rep (张敏) owns deals in several stages of
// the manager's team; both boards show rep's deals (the manager picks rep in the owner filter).

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  ARTIFACT_DIR, demoAppForSuite, login, newPage, requireBrowser,
} from './harness.mjs';

const LANES = ['seminar', 'executive-meeting', 'consulting', 'proposal', 'negotiation'];

async function openBoard(page, baseUrl) {
  await page.goto(`${baseUrl}/board`);
  await page.locator('#deal-board').waitFor({ state: 'visible' });
}

/** The first card in a lane, by its deal id: null when the lane shows none. */
async function firstCard(page, lane) {
  const card = page.locator(`#board-lane-${lane} .board-card`).first();
  if (await card.count() === 0) return null;
  return card.getAttribute('data-deal');
}

describe('war-room board', () => {
  const suite = demoAppForSuite();

  test('A drags a card to another lane and B\'s board moves it', { timeout: 150_000 }, async (t) => {
    if (!requireBrowser(t)) return;
    const a = await newPage(suite.browser);
    const b = await newPage(suite.browser);
    try {
      await login(a, suite.app.url, 'rep', 'demo');
      await login(b, suite.app.url, 'manager', 'demo');
      await openBoard(a, suite.app.url);
      await openBoard(b, suite.app.url);
      // The manager's board opens on their own deals: show rep's instead (saved for the manager).
      const owner = b.locator('#deal-filter-owner input');
      await owner.fill('张敏');
      await b.locator('vaadin-combo-box-item', { hasText: '张敏' }).first().click();
      await a.locator('#board-lane-seminar, #board-lane-executive-meeting').first().waitFor();

      // A card in a later stage, moved back one lane: moving back needs no ticked criteria.
      let from = null;
      let dealId = null;
      for (const lane of LANES.slice(1)) {
        await a.locator(`#board-lane-${lane}`).waitFor();
        dealId = await firstCard(a, lane);
        if (dealId) { from = lane; break; }
      }
      assert.ok(dealId, 'rep has a deal past the first stage');
      const to = LANES[LANES.indexOf(from) - 1];
      await b.locator(`#board-lane-${from} .board-card[data-deal="${dealId}"]`).waitFor();

      await a.locator(`#board-lane-${from} .board-card[data-deal="${dealId}"]`)
        .dragTo(a.locator(`#board-lane-${to}`));
      await a.locator('#gate-confirm').click();

      await b.locator(`#board-lane-${to} .board-card[data-deal="${dealId}"]`).waitFor({ timeout: 15_000 });
      assert.equal(await b.locator(`#board-lane-${from} .board-card[data-deal="${dealId}"]`).count(), 0);

      mkdirSync(ARTIFACT_DIR, { recursive: true });
      await b.screenshot({ path: join(ARTIFACT_DIR, 'board-b.png') });
    } finally {
      await a.context().close();
      await b.context().close();
    }
  });
});
