// Finds dates with chrono-node in every .txt/.md file under a folder and reports the time spent.
// Usage: node chrono.mjs DIR
import * as chrono from "chrono-node";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
const files = [];
(function walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(txt|md)$/i.test(name)) files.push(p);
  }
})(dir);

const start = process.hrtime.bigint();
let found = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  found += chrono.parse(text, new Date()).length;
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log(JSON.stringify({ tool: "chrono-node", files: files.length, dates: found, ms: Math.round(ms) }));
