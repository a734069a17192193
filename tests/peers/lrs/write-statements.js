'use strict';
// Writes statements into an LRS with the @xapi/xapi client: node write-statements.js ENDPOINT FILE, where FILE holds
// a JSON array of statements. Prints the ids the LRS gave, one per line, in the order sent. Test-only.
const fs = require('fs');
const XAPI = require('@xapi/xapi').default;

const [endpoint, file] = process.argv.slice(2);
const statements = JSON.parse(fs.readFileSync(file, 'utf8'));
const xapi = new XAPI({ endpoint, auth: XAPI.toBasicAuth('custodian-test', 'not-a-secret'), version: '1.0.3' });
(async () => {
  const ids = [];
  // One statement per request: each gets its own `stored` time, as statements do in a real LRS.
  for (const statement of statements) {
    const response = await xapi.sendStatement({ statement });
    ids.push(...response.data);
  }
  process.stdout.write(ids.join('\n') + '\n');
})().catch((error) => {
  const detail = error.response ? error.response.status + ' ' + JSON.stringify(error.response.data) : String(error);
  process.stderr.write('write-statements: ' + detail + '\n');
  process.exit(1);
});
