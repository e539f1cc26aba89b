// The amount field in a real browser: thousands separators appear inside the field while typing, the caret stays
// after the digit just typed, deleting a separator deletes the digit beside it, full-width digits are read, and the
// server reads the separated text (in Chinese the amount shows in 万 below). Demo data: account 1 (上海浦江银行)
// is owned by rep (Chinese); admin (English) may edit it too.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  ARTIFACT_DIR, demoAppForSuite, login, newPage, requireBrowser,
} from './harness.mjs';

const FIELD = '#account-annual-potential';

async function openAccount(page, baseUrl) {
  await page.goto(`${baseUrl}/accounts/1`);
  await page.locator(`${FIELD} input`).waitFor({ state: 'visible' });
  // The field's script is installed when it is attached; typing before it arrives would not be formatted.
  await page.waitForFunction((id) => document.querySelector(id)?.__amountTyping === true, FIELD);
}

async function state(page) {
  return page.locator(`${FIELD} input`).evaluate((input) => ({
    value: input.value, caret: input.selectionStart, helper: input.closest('vaadin-text-field').helperText,
  }));
}

async function typeFresh(page, text) {
  const input = page.locator(`${FIELD} input`);
  await input.fill('');
  await input.pressSequentially(text);
}

async function checkTyping(page) {
  await typeFresh(page, '8000000');
  let now = await state(page);
  assert.equal(now.value, '8,000,000');
  assert.equal(now.caret, 9);

  // In the middle: after the 8, type 5.
  const input = page.locator(`${FIELD} input`);
  await input.evaluate((el) => el.setSelectionRange(1, 1));
  await page.keyboard.type('5');
  now = await state(page);
  assert.equal(now.value, '85,000,000');
  assert.equal(now.caret, 2);

  // Backspace just after a separator takes the digit before it.
  await input.evaluate((el) => el.setSelectionRange(3, 3));
  await page.keyboard.press('Backspace');
  now = await state(page);
  assert.equal(now.value, '8,000,000');
  assert.equal(now.caret, 1);

  // Full-width digits, pasted or typed in a Chinese input method.
  await input.fill('８０００');
  assert.equal((await state(page)).value, '8,000');
}

describe('amount field', () => {
  const suite = demoAppForSuite();

  test('separators while typing, in English and Chinese', { timeout: 120_000 }, async (t) => {
    if (!requireBrowser(t)) return;
    const english = await newPage(suite.browser);
    const chinese = await newPage(suite.browser, { locale: 'zh-CN' });
    try {
      await login(english, suite.app.url, 'admin', 'demo');
      await openAccount(english, suite.app.url);
      await checkTyping(english);
      await typeFresh(english, '8000000.50');
      assert.equal((await state(english)).value, '8,000,000.50');
      // Leaving the field sends it: the server reads the separated text (the field stays valid).
      await english.locator(`${FIELD} input`).press('Tab');
      await english.waitForFunction((id) => document.querySelector(id)?.value === '8,000,000.50', FIELD);
      assert.equal(await english.locator(FIELD).evaluate((el) => el.invalid), false);

      await login(chinese, suite.app.url, 'rep', 'demo');
      await openAccount(chinese, suite.app.url);
      await checkTyping(chinese);
      await typeFresh(chinese, '8000000');
      assert.match((await state(chinese)).helper, /^800万/);
      await chinese.locator(`${FIELD} input`).press('Tab');
      // Unreadable text is said at the field by the server.
      await typeFresh(chinese, '八百万');
      await chinese.locator(`${FIELD} input`).press('Tab');
      await chinese.waitForFunction((id) => document.querySelector(id)?.invalid === true, FIELD);
      assert.match(await chinese.locator(FIELD).evaluate((el) => el.errorMessage), /无法识别的金额/);

      mkdirSync(ARTIFACT_DIR, { recursive: true });
      await english.locator(FIELD).screenshot({ path: join(ARTIFACT_DIR, 'amount-en.png') });
      await chinese.locator(FIELD).screenshot({ path: join(ARTIFACT_DIR, 'amount-zh.png') });
    } finally {
      await english.context().close();
      await chinese.context().close();
    }
  });
});
