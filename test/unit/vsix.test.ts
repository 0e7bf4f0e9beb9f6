// The packaged extension holds what VS Code needs to run it, and nothing else.
// Builds the .vsix with `npm run package` when it is missing or older than the bundles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureVsix, listZip, readZipEntry } from '../../scripts/e2e/vsix';

const MAX_BYTES = 15 * 1024 * 1024;

test('the .vsix carries the manifest, both bundles, the grammar and the model', { timeout: 180_000 }, async () => {
  const vsix = ensureVsix();
  const names = new Set((await listZip(vsix)).map((e) => e.name));
  const required = ['extension/package.json', 'extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/workers.js', 'extension/LICENSE.txt'];
  const manifest = JSON.parse(await readZipEntry(vsix, 'extension/package.json'));
  // Whatever the manifest points at must be inside the package.
  for (const g of manifest.contributes?.grammars ?? []) required.push(join('extension', g.path));
  for (const l of manifest.contributes?.languages ?? []) if (l.configuration) required.push(join('extension', l.configuration));
  if (manifest.icon) required.push(join('extension', manifest.icon));
  if (existsSync(join(ROOT, 'models/ner.bin'))) required.push('extension/models/ner.bin');
  if (existsSync(join(ROOT, 'README.md'))) required.push('extension/readme.md');
  const missing = required.map((p) => p.replace(/\\/g, '/').replace('/./', '/')).filter((p) => !names.has(p));
  assert.deepEqual(missing, [], `missing from ${vsix}`);
  assert.equal(manifest.main, './dist/client.js');
});

test('the .vsix holds no sources, tests, samples, source maps or node_modules', { timeout: 180_000 }, async () => {
  const vsix = ensureVsix();
  const entries = await listZip(vsix);
  const allowed = [
    /^\[Content_Types\]\.xml$/,
    /^extension\.vsixmanifest$/,
    /^extension\/(package\.json|readme\.md|LICENSE\.txt|changelog\.md|language-configuration\.json)$/,
    /^extension\/dist\/(client|server|workers)\.js$/,
    /^extension\/models\/ner\.bin$/,
    /^extension\/syntaxes\/[^/]+\.json$/,
    /^extension\/images\/icon\.png$/,
  ];
  const unexpected = entries.map((e) => e.name).filter((n) => !allowed.some((re) => re.test(n)));
  assert.deepEqual(unexpected, [], 'files that should not ship');
});

test('the .vsix stays under 15 MB', { timeout: 180_000 }, () => {
  const size = statSync(ensureVsix()).size;
  assert.ok(size < MAX_BYTES, `${(size / 1048576).toFixed(1)} MB`);
});
