// Checks an exchange file against the exported JSON Schemas with ajv 8 (draft 2020-12, formats
// asserted), as a partner that is not on the JVM would: every line must be valid under the schema
// of its recordType. Never part of the Maven build.
//
//   ./shegong schema -o /tmp/schemas
//   ./shegong sample -n 1000000 --seed 1 -o /tmp/sample.ndjson
//   node benchmarks/ajv/check-sample.mjs /tmp/schemas /tmp/sample.ndjson
//
// The script installs ajv 8 and ajv-formats itself (npm, into its own directory) on first use.
import { execSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
if (!existsSync(join(here, 'node_modules', 'ajv'))) {
  execSync('npm install --no-audit --no-fund --silent', { cwd: here, stdio: 'inherit' });
}
const require = createRequire(join(here, 'package.json'));
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats');

const [schemaDir, file] = process.argv.slice(2);
if (!schemaDir || !file) {
  console.error('usage: node check-sample.mjs <schema directory> <file.ndjson>');
  process.exit(2);
}
const ajv = new Ajv2020({ allErrors: false, strict: false });
addFormats(ajv);
const validators = new Map();
for (const name of readdirSync(schemaDir).filter((n) => n.endsWith('.schema.json'))) {
  const type = name.slice(0, -'.schema.json'.length);
  validators.set(type, ajv.compile(JSON.parse(readFileSync(join(schemaDir, name), 'utf8'))));
}

let lines = 0;
let invalid = 0;
const byKeyword = new Map();
const started = process.hrtime.bigint();
const input = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
for await (const line of input) {
  if (line.trim() === '') continue;
  lines++;
  const record = JSON.parse(line);
  const validate = validators.get(record.recordType);
  if (!validate || !validate(record)) {
    invalid++;
    // keyword and pointer only: the line holds names and citizen IDs
    const error = validate ? validate.errors[0] : { keyword: 'recordType', instancePath: '' };
    const key = `${error.keyword} at ${error.instancePath.replace(/\/\d+/g, '/*')}`;
    byKeyword.set(key, (byKeyword.get(key) ?? 0) + 1);
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(
  `ajv ${require('ajv/package.json').version}: ${lines - invalid} of ${lines} lines valid,` +
    ` ${invalid} invalid, ${seconds.toFixed(1)} s`,
);
for (const [key, count] of [...byKeyword].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
  console.log(`  ${count}\t${key}`);
}
process.exit(invalid === 0 ? 0 : 1);
