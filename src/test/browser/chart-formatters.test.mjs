// The chart's named formatters (src/main/resources/META-INF/resources/headpin/chart.js) write amounts as
// shared/Money.java does: both are held to src/test/resources/chart/money.json (ChartFormatTest on the Java side).
// Runs the script in a plain V8 context: no app and no browser needed.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import vm from 'node:vm';

const TEST_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const script = readFileSync(join(TEST_ROOT, '..', 'main', 'resources', 'META-INF', 'resources', 'headpin',
  'chart.js'), 'utf8');
const cases = JSON.parse(readFileSync(join(TEST_ROOT, 'resources', 'chart', 'money.json'), 'utf8'));

test('chart formatters write amounts as Money does', () => {
  const context = vm.createContext({ console });
  vm.runInContext(script, context);
  for (const { format, amount, chinese, expected } of cases) {
    assert.equal(context.HeadpinChartFormatters.format(format, Number(amount), chinese), expected,
      `${format}(${amount}, chinese=${chinese})`);
  }
});
