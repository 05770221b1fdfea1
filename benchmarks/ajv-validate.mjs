// Validates an exchange file (NDJSON) with ajv 8 against Shegong's exported JSON Schemas
// (draft 2020-12, formats asserted by ajv-formats), one line at a time, as a partner that is not on
// the JVM would. Usage: node ajv-validate.mjs SCHEMA_DIR FILE
// Prints the lines, the invalid lines and the errors found; exit status 0, or 1 when a line is
// invalid. Installed by vs-ajv.sh into benchmarks/node (git-ignored; never needed by the build).
import { createReadStream, readdirSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(join(process.env.AJV_HOME ?? ".", "package.json"));
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const [schemaDir, file] = process.argv.slice(2);
if (!schemaDir || !file) {
  console.error("usage: node ajv-validate.mjs SCHEMA_DIR FILE");
  process.exit(2);
}
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validators = new Map();
for (const name of readdirSync(schemaDir)) {
  if (!name.endsWith(".schema.json") || name === "report.schema.json") continue;
  const type = name.slice(0, -".schema.json".length);
  validators.set(type, ajv.compile(JSON.parse(readFileSync(join(schemaDir, name), "utf8"))));
}

let lines = 0;
let invalid = 0;
let errors = 0;
const lineReader = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
for await (const line of lineReader) {
  if (line.trim() === "") continue;
  lines++;
  let value;
  try {
    value = JSON.parse(line);
  } catch {
    invalid++;
    errors++;
    continue;
  }
  const validate = value && validators.get(value.recordType);
  if (!validate) {
    invalid++;
    errors++;
    continue;
  }
  if (!validate(value)) {
    invalid++;
    errors += validate.errors.length;
  }
}
console.error(`ajv: ${lines} lines, ${invalid} invalid, ${errors} errors`);
process.exit(invalid > 0 ? 1 : 0);
