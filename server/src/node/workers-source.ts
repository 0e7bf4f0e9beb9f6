// The analysis worker run from source (tsx), for tests and benchmark scripts: the bundles use
// dist/workers.js. Kept apart so the bundles never reference tsx.
import path from 'node:path';
import type { WorkerScript } from './workers';

export function sourceWorkerScript(): WorkerScript {
  const entry = path.join(__dirname, 'workers-entry.ts');
  return { file: `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register(); require(${JSON.stringify(entry)});`, eval: true };
}
