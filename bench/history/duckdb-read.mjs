// SPDX-License-Identifier: LGPL-2.1-or-later
// DuckDB reading a bilateral/1 history with read_json, for the table of
// bench/README.md: prints events, Goldstein sum, seconds.
//   node duckdb-read.mjs THREADS HISTORY.json
import { DuckDBInstance } from '@duckdb/node-api';

const [threads, input] = process.argv.slice(2);
const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const connection = await instance.connect();
const start = performance.now();
const reader = await connection.runAndReadAll(`
  SELECT count(*) AS events, sum(e.goldstein) AS goldstein
  FROM (SELECT unnest(events) AS e
        FROM read_json('${input}', format = 'auto', maximum_object_size = 4000000000))`);
const [events, goldstein] = reader.getRows()[0];
const seconds = ((performance.now() - start) / 1000).toFixed(2);
console.log(`${events}\t${Number(goldstein).toFixed(1)}\t${seconds}\t${process.resourceUsage().maxRSS}`);
