// Every screen in both languages shows translated text: no "!key" marker of a missing translation, and in Chinese
// none of the English texts Vaadin's components bring by themselves (an upload's "Upload Files..."). Visits every
// side-navigation page as an administrator (who sees them all), plus an account, a deal and the import dialogs.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  ARTIFACT_DIR, demoAppForSuite, login, newPage, requireBrowser,
} from './harness.mjs';

const TEST_TIMEOUT_MS = 240_000;

/** A missing translation as HeadpinI18NProvider shows it: "!" and a dotted key. */
const MISSING_KEY = /![a-z][\w-]*(\.[\w-]+)+/;
/** English texts of Vaadin components that must not show in the Chinese UI. */
const VAADIN_ENGLISH = ['Upload Files', 'Upload File', 'Drop files here', 'Drop file here', 'Select all',
  'File is too big', 'Incorrect File Type'];

/** All text the page shows, shadow roots included (component texts live there). */
async function allText(page) {
  return page.evaluate(() => {
    const texts = [];
    const walk = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.currentNode; node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          const style = node.parentElement && getComputedStyle(node.parentElement);
          if (node.textContent.trim() && (!style || style.display !== 'none')) texts.push(node.textContent.trim());
        } else {
          if (node.shadowRoot) walk(node.shadowRoot);
          for (const attribute of ['label', 'placeholder', 'title', 'helper-text', 'error-message']) {
            const value = node.getAttribute?.(attribute);
            if (value) texts.push(value);
          }
        }
      }
    };
    walk(document.body);
    return texts.join('\n');
  });
}

/** Waits until Vaadin has no request in flight, so the view is complete. */
async function settled(page) {
  await page.locator('vaadin-app-layout').waitFor({ state: 'visible' });
  await page.waitForFunction(() => {
    const clients = window.Vaadin?.Flow?.clients;
    return clients && Object.values(clients).every((client) => !client.isActive?.());
  }, undefined, { timeout: 30_000 });
}

async function checkPage(page, where, chinese, problems) {
  await settled(page);
  const text = await allText(page);
  const missing = text.match(MISSING_KEY);
  if (missing) problems.push(`${where}: ${missing[0]}`);
  if (chinese) {
    for (const english of VAADIN_ENGLISH) {
      if (text.includes(english)) problems.push(`${where}: "${english}" in the Chinese UI`);
    }
  }
}

async function visitAll(browser, baseUrl, username, chinese) {
  const page = await newPage(browser);
  const problems = [];
  try {
    await login(page, baseUrl, username, 'demo');
    await settled(page);
    const paths = await page.locator('vaadin-side-nav-item').evaluateAll(
      (items) => items.map((item) => item.getAttribute('path')).filter((path) => path !== null));
    assert.ok(paths.length >= 8, `side navigation lists the pages (${paths.join(', ')})`);
    for (const path of paths) {
      await page.goto(`${baseUrl}/${path}`);
      await checkPage(page, `/${path}`, chinese, problems);
    }
    // A record of each kind, and the dialogs that brought Vaadin's own texts.
    for (const [list, source, link] of [['accounts', 'accounts', 'a[href^="accounts/"]'],
      ['deals', 'board', 'a[href^="deals/"]']]) {
      await page.goto(`${baseUrl}/${source}`);
      await settled(page);
      const href = await page.locator(link).first().getAttribute('href', { timeout: 30_000 });
      await page.goto(`${baseUrl}/${href}`);
      await checkPage(page, `/${href}`, chinese, problems);
      await page.goto(`${baseUrl}/${list}`);
      await settled(page);
      const importButton = page.locator('vaadin-button[id^="import-"]').first();
      if (await importButton.count() > 0) {
        await importButton.click();
        await page.locator('vaadin-upload').waitFor({ state: 'visible' });
        await checkPage(page, `/${list} import`, chinese, problems);
      }
    }
    if (problems.length > 0) {
      mkdirSync(ARTIFACT_DIR, { recursive: true });
      await page.screenshot({ path: join(ARTIFACT_DIR, `failure-texts-${username}.png`), fullPage: true });
    }
  } finally {
    await page.context().close();
  }
  return problems;
}

describe('translated screens', () => {
  const suite = demoAppForSuite();

  for (const [username, language, chinese] of [['admin', 'English', false], ['admin2', '简体中文', true]]) {
    test(`every page in ${language} shows no missing key`, { timeout: TEST_TIMEOUT_MS }, async (t) => {
      if (!requireBrowser(t)) return;
      const problems = await visitAll(suite.browser, suite.app.url, username, chinese);
      assert.deepEqual(problems, [], `untranslated text in ${language}`);
    });
  }
});
