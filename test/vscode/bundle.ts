// Bundles the mocha suite for the extension host (which loads plain CommonJS): one file per
// entry, with `vscode` and `mocha` left to be required at run time.
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

export const SUITE_OUT = join(import.meta.dirname, '../../out/vscode-test/suite');

export async function bundleSuite(): Promise<string> {
  await esbuild.build({
    entryPoints: [join(import.meta.dirname, 'suite/index.ts'), join(import.meta.dirname, 'suite/extension.test.ts')],
    outdir: SUITE_OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return join(SUITE_OUT, 'index.js');
}

// `node --import tsx test/vscode/bundle.ts` (the "build tests" task) bundles and exits.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  bundleSuite().then((out) => console.log(out));
}
