// Time to first useful paint of the war-room board with DEALS (default 1,000) extra open deals.
//   node bench/board.mjs                  (jar from target/headpin.jar, embedded H2 database in a temp dir)
//   DB=mariadb node bench/board.mjs       (MariaDB/MySQL on 127.0.0.1:3306, root, database headpin_bench_board,
//                                          dropped before and after; the deals added with the mysql client)
// The app starts once with demo data to create its database, stops, and the deals are added in one SQL statement
// (H2's own shell, from the jar's BOOT-INF/lib; on MariaDB the mysql client): copies of the demo deals' placement (account, owner, team, region),
// spread over the five open stages and the next ten months. Then the app starts again and an administrator (who
// sees every deal, shown everyone's) opens /board: a sample is, inside the page, the first animation frame in which every open lane
// shows a card and its header counts, measured from the navigation's start (performance.now()). WARMUP rounds
// (default 3) are not counted, then ROUNDS (default 10); each round is a fresh page in a fresh browser context.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JAR_PATH, launchBrowser, login, newPage, startApp } from '../src/test/browser/harness.mjs';

const DEALS = Number(process.env.DEALS || 1000);
const ROUNDS = Number(process.env.ROUNDS || 10);
const WARMUP = Number(process.env.WARMUP || 3);
const OPEN_LANES = ['seminar', 'executive-meeting', 'consulting', 'proposal', 'negotiation'];
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

const MARIADB = process.env.DB === 'mariadb';
const SCHEMA = 'headpin_bench_board';
const java = (tool) => join(process.env.JAVA_HOME || '/usr/lib/jvm/temurin-25-jdk-amd64', 'bin', tool);
const mysql = (sql) => execFileSync('mysql', ['-h', '127.0.0.1', '-u', 'root', '-e', sql], { stdio: 'inherit' });
const dir = mkdtempSync(join(tmpdir(), 'headpin-bench-board-'));
const db = join(dir, 'headpin');
const url = MARIADB
  ? `jdbc:mysql://127.0.0.1:3306/${SCHEMA}?createDatabaseIfNotExist=true&characterEncoding=UTF-8`
  : `jdbc:h2:file:${db};MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CASE_INSENSITIVE_IDENTIFIERS=TRUE`;
const args = ['--headpin.demo-data=true', `--spring.datasource.url=${url}`, '--logging.level.root=warn',
  ...(MARIADB ? ['--spring.profiles.active=mysql', '--spring.datasource.username=root',
    '--spring.datasource.password='] : [])];
// Copies of the demo deals' placement, spread over the five open stages and the next ten months.
const copies = (range, x, days) => `INSERT INTO deals (version, account_id, name, amount, expected_close, owner_id,
      team_id, region_id, stage_no, outcome, forecast_category, created_at, updated_at)
    WITH t AS (SELECT d.*, ROW_NUMBER() OVER (ORDER BY id) rn, COUNT(*) OVER () n FROM deals d)
    SELECT 0, t.account_id, CONCAT('Bench deal ', ${x}), 100000 + MOD(${x}, 50) * 20000, ${days},
      t.owner_id, t.team_id, t.region_id, 1 + MOD(${x}, 5), 'OPEN', 'PIPELINE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
    FROM ${range} JOIN t ON t.rn = 1 + MOD(${x}, t.n)`;

if (MARIADB) mysql(`DROP DATABASE IF EXISTS ${SCHEMA}`);

try {
  // 1. The database with the demo data, as the app creates it.
  await (await startApp({ args })).stop();

  // 2. The extra open deals, in one statement: H2's own shell (the app's H2 version), or the mysql client.
  if (MARIADB) {
    // MariaDB's sequence engine gives the numbers 1..DEALS.
    mysql(`USE ${SCHEMA}; ${copies(`seq_1_to_${DEALS} x`, 'x.seq',
      'DATE_ADD(CURRENT_DATE, INTERVAL MOD(x.seq, 300) DAY)')}`);
  } else {
    execFileSync(java('jar'), ['xf', JAR_PATH, 'BOOT-INF/lib/'], { cwd: dir });
    const h2 = readdirSync(join(dir, 'BOOT-INF', 'lib')).find((f) => /^h2-.*\.jar$/.test(f));
    execFileSync(java('java'), ['-cp', join(dir, 'BOOT-INF', 'lib', h2), 'org.h2.tools.Shell', '-url', url,
      '-user', 'sa', '-password', '', '-sql', copies(`SYSTEM_RANGE(1, ${DEALS}) x`, 'x.x',
        "DATEADD('DAY', MOD(x.x, 300), CURRENT_DATE)")], { stdio: 'inherit' });
  }

  // 3. The board, opened again and again by an administrator.
  const app = await startApp({ args });
  const browser = await launchBrowser();
  try {
    // The administrator's board shows everyone's deals (the default for all but reps; cleared if one was saved).
    const setup = await newPage(browser);
    await login(setup, app.url, 'admin', 'demo');
    await setup.goto(`${app.url}/board`);
    await setup.locator('#deal-board').waitFor();
    const clear = setup.locator('#deal-filter-owner [part~="clear-button"]');
    if (await clear.isVisible()) await clear.click();
    await setup.locator('#board-lane-seminar .board-card').first().waitFor();
    await setup.context().close();

    const samples = [];
    for (let round = 0; round < WARMUP + ROUNDS; round++) {
      const page = await newPage(browser);
      await login(page, app.url, 'admin', 'demo');
      await page.goto(`${app.url}/board`, { waitUntil: 'commit' });
      const painted = await page.waitForFunction((lanes) => lanes.every((lane) =>
        document.querySelector(`#board-lane-${lane} .board-card`)
        && Number(document.querySelector(`#board-count-${lane}`)?.textContent) > 0)
        && performance.now(), OPEN_LANES, { polling: 'raf', timeout: 60_000 });
      const millis = await painted.jsonValue();
      if (round >= WARMUP) samples.push(millis);
      await page.context().close();
    }
    console.log(`Board with ${DEALS} extra open deals on ${MARIADB ? 'MariaDB' : 'H2'}, first useful paint from navigation start (${ROUNDS} rounds)`);
    console.log('| p50 (ms) | p95 (ms) | max (ms) |');
    console.log('|---|---|---|');
    console.log(`| ${Math.round(percentile(samples, 50))} | ${Math.round(percentile(samples, 95))} `
      + `| ${Math.round(Math.max(...samples))} |`);
  } finally {
    await browser.close();
    await app.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  if (MARIADB) mysql(`DROP DATABASE IF EXISTS ${SCHEMA}`);
}
