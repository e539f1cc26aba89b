// Two app nodes joined by Redis and sharing MariaDB: user A on node 1 creates a user, user B on node 2 sees it
// appear, and sees A on the same screen, without reloading. Needs MariaDB (127.0.0.1:3306, root) and Redis
// (127.0.0.1:6379); skipped without them unless HEADPIN_REQUIRE_BROWSER=true.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  ARTIFACT_DIR, browserAvailable, browserRequired, launchBrowser, login, newPage, startApp, STARTUP_TIMEOUT_MS,
} from './harness.mjs';

const DB = 'headpin_browser_multi';

function reachable(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => { socket.end(); resolve(true); });
    socket.on('error', () => resolve(false));
    socket.setTimeout(2000, () => { socket.destroy(); resolve(false); });
  });
}

function resetDatabase() {
  execFileSync('mysql', ['-h127.0.0.1', '-uroot', '-e',
    `DROP DATABASE IF EXISTS ${DB}; CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;`]);
}

function nodeArgs(route) {
  return [
    `--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/${DB}?characterEncoding=UTF-8`,
    '--spring.datasource.username=root',
    '--spring.datasource.password=',
    '--spring.data.redis.host=127.0.0.1',
    '--headpin.demo-data=true',
    `--headpin.node-route=${route}`,
  ];
}

describe('two nodes', () => {
  let nodeA;
  let nodeB;
  let browser;
  let skipReason = null;

  before(async () => {
    if (!browserAvailable().ok) {
      skipReason = 'no Chromium';
    } else if (!(await reachable(3306)) || !(await reachable(6379))) {
      skipReason = 'MariaDB or Redis not reachable on 127.0.0.1';
    }
    if (skipReason) return;
    resetDatabase();
    // One after the other: the first node migrates the schema and seeds the demo data.
    nodeA = await startApp({ args: nodeArgs('n1') });
    nodeB = await startApp({ args: nodeArgs('n2') });
    browser = await launchBrowser();
  }, { timeout: 2 * STARTUP_TIMEOUT_MS + 60_000 });

  after(async () => {
    await browser?.close();
    await nodeA?.stop();
    await nodeB?.stop();
  }, { timeout: 60_000 });

  test('A on node 1 creates a user; B on node 2 sees it and A, live', { timeout: 120_000 }, async (t) => {
    if (skipReason) {
      if (browserRequired()) assert.fail(`multi-node test cannot run: ${skipReason}`);
      t.skip(skipReason);
      return;
    }
    const pageA = await newPage(browser);
    const pageB = await newPage(browser);
    try {
      await login(pageA, nodeA.url, 'admin', 'demo');
      await login(pageB, nodeB.url, 'admin2', 'demo');
      await pageB.goto(`${nodeB.url}/admin/users`);
      await pageB.locator('#users-grid').waitFor({ state: 'visible' });
      await pageA.goto(`${nodeA.url}/admin/users`);
      await pageA.locator('#users-grid').waitFor({ state: 'visible' });

      // Presence crosses nodes through Redis: B sees A (赵立新) on the users screen.
      await pageB.waitForFunction(() => {
        const group = document.querySelector('#users-presence');
        return group && Array.isArray(group.items) && group.items.some((item) => item.name === '赵立新');
      });

      await pageA.locator('#new-user').click();
      await pageA.locator('#user-username input').fill('multi.node');
      await pageA.locator('#user-full-name input').fill('跨节点用户');
      await pageA.locator('#user-password input').fill('MultiNode2026');
      await pageA.locator('#user-roles vaadin-checkbox').nth(2).click();
      await pageA.locator('#save-user').click();

      await pageB.locator('#users-grid vaadin-grid-cell-content', { hasText: /^multi\.node$/ })
        .first().waitFor({ state: 'visible', timeout: 20_000 });
      mkdirSync(ARTIFACT_DIR, { recursive: true });
      await pageB.screenshot({ path: join(ARTIFACT_DIR, 'multinode-b.png') });
      assert.ok(true);
    } finally {
      await pageA.context().close();
      await pageB.context().close();
    }
  });
});
