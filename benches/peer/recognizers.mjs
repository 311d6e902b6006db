// Throughput of Microsoft Recognizers-Text (npm @microsoft/recognizers-text-number and
// @microsoft/recognizers-text-number-with-unit, 1.3.1) on a text file: the peer side of the
// comparison in this folder (run by hand: `bash benches/peer/compare.sh`).
//
// Usage: node benches/peer/recognizers.mjs FILE [--dump]
//
// The file is split into paragraphs (its non-empty lines), the same way as
// examples/peer_throughput.rs. The English models are built once, before any timing:
// NumberRecognizer's number and percentage models and NumberWithUnitRecognizer's currency
// model. A round parses every paragraph with each of the three models, one `parse` call per
// model per paragraph; rounds repeat until at least 2 seconds have passed and at least 3 rounds
// have run, and the fastest round is reported as one line:
//
//   recognizers-text bytes=N results=M seconds=S mbps=X
//
// `bytes` counts the paragraphs' UTF-8 bytes (line breaks and blank lines excluded), `results`
// the results of all three models in one round, `seconds` the fastest round, and `mbps` is
// bytes / seconds in megabytes (10^6 bytes) per second.
//
// With --dump it times nothing and prints each result as a JSON line instead, with the model,
// paragraph index and text, to compare what the two sides find.

import { readFileSync } from "node:fs";
import { Culture, NumberRecognizer } from "@microsoft/recognizers-text-number";
import { NumberWithUnitRecognizer } from "@microsoft/recognizers-text-number-with-unit";

const MIN_TOTAL_NS = 2_000_000_000n;
const MIN_ROUNDS = 3;

const [path, flag] = process.argv.slice(2);
if (!path || (flag !== undefined && flag !== "--dump")) {
  console.error("usage: node recognizers.mjs FILE [--dump]");
  process.exit(2);
}

const text = readFileSync(path, "utf8");
// Split at "\n" and drop one trailing "\r", as Rust's str::lines does.
const paragraphs = text
  .split("\n")
  .map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line))
  .filter((line) => line.length > 0);
if (paragraphs.length === 0) {
  console.error("the file has no non-empty line");
  process.exit(1);
}
const bytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p, "utf8"), 0);

// Built once; the recognizers are not lazy, so every model's regexes are compiled here.
const numbers = new NumberRecognizer(Culture.English);
const units = new NumberWithUnitRecognizer(Culture.English);
const models = [
  numbers.getNumberModel(),
  numbers.getPercentageModel(),
  units.getCurrencyModel(),
];

if (flag === "--dump") {
  paragraphs.forEach((p, i) => {
    for (const model of models) {
      for (const r of model.parse(p)) {
        console.log(
          JSON.stringify({
            model: model.modelTypeName,
            paragraph: i,
            text: r.text,
            resolution: r.resolution,
          }),
        );
      }
    }
  });
  process.exit(0);
}

// One round: every paragraph through each model; the number of results.
function round() {
  let results = 0;
  for (const p of paragraphs) {
    for (const model of models) {
      results += model.parse(p).length;
    }
  }
  return results;
}

const started = process.hrtime.bigint();
let rounds = 0;
let best = null;
let results = 0;
while (rounds < MIN_ROUNDS || process.hrtime.bigint() - started < MIN_TOTAL_NS) {
  const t = process.hrtime.bigint();
  const found = round();
  const took = process.hrtime.bigint() - t;
  if (rounds > 0 && found !== results) {
    console.error(`round ${rounds} found ${found} results, round 0 ${results}`);
    process.exit(1);
  }
  results = found;
  if (best === null || took < best) best = took;
  rounds += 1;
}

const seconds = Number(best) / 1e9;
const mbps = bytes / seconds / 1e6;
console.log(
  `recognizers-text bytes=${bytes} results=${results} seconds=${seconds.toFixed(9)} mbps=${mbps.toPrecision(4)}`,
);
