'use strict';
// Writes statements into an LRS with the @xapi/xapi client: node write-statements.js ENDPOINT FILE [BATCH], where
// FILE holds a JSON array of statements. Prints the ids the LRS gave, one per line, in the order sent. Test-only.
// Without BATCH each statement is one request, so each gets its own `stored` time, as statements do in a real LRS.
// With BATCH (the benchmark, tens of thousands of statements) each request carries up to BATCH statements as one
// JSON array (xAPI 1.0.3, POST /statements), which the LRS stores in one go.
const fs = require('fs');
const XAPI = require('@xapi/xapi').default;

const [endpoint, file, batchText] = process.argv.slice(2);
const batch = batchText === undefined ? 1 : Number(batchText);
if (!Number.isInteger(batch) || batch < 1 || batch > 5000) {
  process.stderr.write('write-statements: BATCH must be a whole number from 1 to 5000\n');
  process.exit(2);
}
const statements = JSON.parse(fs.readFileSync(file, 'utf8'));
const xapi = new XAPI({ endpoint, auth: XAPI.toBasicAuth('custodian-test', 'not-a-secret'), version: '1.0.3' });
(async () => {
  const ids = [];
  if (batch === 1) {
    for (const statement of statements) {
      const response = await xapi.sendStatement({ statement });
      ids.push(...response.data);
    }
  } else {
    for (let at = 0; at < statements.length; at += batch) {
      const response = await xapi.sendStatements({ statements: statements.slice(at, at + batch) });
      ids.push(...response.data);
    }
  }
  process.stdout.write(ids.join('\n') + '\n');
})().catch((error) => {
  const detail = error.response ? error.response.status + ' ' + JSON.stringify(error.response.data) : String(error);
  process.stderr.write('write-statements: ' + detail + '\n');
  process.exit(1);
});
