// Bundles the extension client, the language server and the CLI with esbuild.
// Usage: node scripts/build.mjs [--watch] [--production]
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Node 20 (and VS Code's Electron) runs \p{…} in regular expressions natively; esbuild's table
  // dates that from a later Node 20 release and would otherwise rewrite every such literal into a
  // `new RegExp(…)` call, made again each time the function holding it runs.
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  // Analysis worker threads (server/src/node/workers.ts) for the server and the CLI.
  { entryPoints: ['server/src/node/workers-entry.ts'], outfile: 'dist/workers.js' },
];

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
  console.log('watching…');
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
