// SPDX-License-Identifier: LGPL-2.1-or-later
// The benchmark jobs of ../shared/bench/JOB.md in DuckDB:
//   node duckdb-job.mjs A|B THREADS INPUT.tsv OUTPUT.csv
import { DuckDBInstance } from '@duckdb/node-api';

const [job, threads, input, output] = process.argv.slice(2);
const columns = {};
for (let i = 0; i < 58; i++)
  columns[`c${i}`] = { 1: 'INTEGER', 29: 'INTEGER', 30: 'DOUBLE', 34: 'DOUBLE' }[i] ?? 'VARCHAR';
const columnList = Object.entries(columns).map(([name, type]) => `'${name}': '${type}'`).join(', ');
const dyadFilter = job === 'B'
  ? `AND ((c7 = 'PAK' AND c17 = 'RUS') OR (c7 = 'RUS' AND c17 = 'PAK'))`
  : '';

const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const connection = await instance.connect();
await connection.run(`
  COPY (
    SELECT dyad_a, dyad_b, month, count(*) AS events,
           printf('%.1f', sum(g)) AS goldstein_sum, printf('%.6f', avg(g)) AS goldstein_mean,
           count(*) FILTER (WHERE q = 1) AS q1, count(*) FILTER (WHERE q = 2) AS q2,
           count(*) FILTER (WHERE q = 3) AS q3, count(*) FILTER (WHERE q = 4) AS q4,
           printf('%.6f', avg(tone)) AS tone_mean
    FROM (
      SELECT least(c7, c17) AS dyad_a, greatest(c7, c17) AS dyad_b, c1 // 100 AS month,
             c29 AS q, c30 AS g, c34 AS tone
      FROM read_csv('${input}', delim = '\t', header = false, quote = '', escape = '',
                    auto_detect = false, columns = {${columnList}})
      WHERE c7 IS NOT NULL AND c17 IS NOT NULL AND c7 <> c17 ${dyadFilter}
    )
    GROUP BY dyad_a, dyad_b, month
    ORDER BY dyad_a, dyad_b, month
  ) TO '${output}' (HEADER, DELIMITER ',', QUOTE '')`);
