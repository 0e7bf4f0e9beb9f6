// The live index after a run of edits equals an index built from scratch over the same
// documents: same entities (ids, names, types, mentions), same fact pairs, same findings. The
// material is our own article sets (samples/, test/corpora/) analysed once with the shipped
// model; the edits are random but seeded (a changed figure, a dropped paragraph, a sentence put
// before everything, a name swapped for another, a document removed or added), so a failure
// names its seed and step.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import type { CrossIndex } from '../../server/src/core/index/cross-index';
import { LiveIndex } from '../../server/src/core/index/live-index';
import type { DocumentAnalysis } from '../../server/src/core/model';
import { NEVER_CANCELLED } from '../../server/src/core/api';
import { analyzeDocument } from '../../server/src/core/pipeline';
import { loadDefaultRecognizer } from '../../server/src/node/recognizer-file';
import { seededRandom as random } from '../../server/src/core/testing/random';

const REPO = resolve(__dirname, '..', '..');
const recognizer = loadDefaultRecognizer();
const CONFIG = { severities: {}, today: '2026-06-01' };

function folder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) if (name.endsWith('.txt')) out.set(`file:///corpus/${name}`, readFileSync(join(dir, name), 'utf8'));
  return out;
}

/** One analysis per text, so both indexes see the very same analyses. */
const analyses = new Map<string, DocumentAnalysis>();
function analysis(uri: string, text: string): DocumentAnalysis {
  const key = `${uri}\u0000${text}`;
  let a = analyses.get(key);
  if (!a) analyses.set(key, (a = analyzeDocument({ uri, text, version: 1 }, recognizer, NEVER_CANCELLED)!));
  return a;
}

/** What must agree, as plain data. */
function summary(index: CrossIndex) {
  return {
    entities: index.entities.map((e) => `${e.id} ${e.type} ${e.name} [${e.aliases.join('|')}] ${e.mentions.map((m) => `${m.uri}#${m.mentionId}`).join(',')}`),
    pairs: index.factPairs.map((p) => `${p.a.uri}#${p.a.mention.id}/${p.a.seq} ${p.b.uri}#${p.b.mention.id}/${p.b.seq} ${p.score.toFixed(6)}`),
    findings: index.findings.map((f) => JSON.stringify(f)),
    frequency: [...index.docFrequency].sort(),
  };
}

type Edit = (text: string, rnd: () => number, names: string[]) => string;
const EDITS: Record<string, Edit> = {
  figure: (text, rnd) => {
    const numbers = [...text.matchAll(/\d+/g)];
    if (!numbers.length) return text;
    const m = numbers[Math.floor(rnd() * numbers.length)];
    return text.slice(0, m.index) + String(Math.floor(rnd() * 60) + 1) + text.slice(m.index! + m[0].length);
  },
  paragraph: (text, rnd) => {
    const paras = text.split('\n\n');
    if (paras.length < 3) return text;
    paras.splice(1 + Math.floor(rnd() * (paras.length - 1)), 1);
    return paras.join('\n\n');
  },
  // A figure and a sentence before everything: every mention moves and is renumbered, no name changes.
  prepend: (text, rnd) => `About ${Math.floor(rnd() * 90) + 10} people waited for news.\n\n${text}`,
  name: (text, rnd, names) => {
    const caps = [...text.matchAll(/\b[A-Z][a-z]{3,}\b/g)];
    if (!caps.length) return text;
    const m = caps[Math.floor(rnd() * caps.length)];
    return text.slice(0, m.index) + names[Math.floor(rnd() * names.length)] + text.slice(m.index! + m[0].length);
  },
};

function run(name: string, texts: Map<string, string>, spare: Map<string, string>, seed: number, steps: number) {
  test(`live index = index from scratch after ${steps} random edits (${name}, seed ${seed})`, () => {
    const rnd = random(seed);
    const current = new Map(texts);
    const names = [...new Set([...texts.values()].flatMap((t) => t.match(/\b[A-Z][a-z]{3,}\b/g) ?? []))].sort();
    const docs = () => new Map([...current].map(([uri, text]) => [uri, analysis(uri, text)]));
    const live = new LiveIndex(CONFIG);
    live.update(docs(), []);
    // Both ways to the state edits need: made when the host has a moment (as the server does
    // after indexing), or by the first update itself.
    if (seed % 2) live.prepareForEdits();
    const spareUris = [...spare.keys()];
    for (let step = 0; step < steps; step++) {
      const changed: string[] = [];
      const uris = [...current.keys()];
      const roll = rnd();
      if (roll < 0.1 && uris.length > 2) {
        const uri = uris[Math.floor(rnd() * uris.length)];
        current.delete(uri);
        changed.push(uri);
      } else if (roll < 0.2 && spareUris.length) {
        const uri = spareUris[Math.floor(rnd() * spareUris.length)];
        current.set(uri, spare.get(uri)!);
        changed.push(uri);
      } else {
        // One or two documents edited at once (a batch of queued changes).
        for (let k = roll < 0.3 ? 2 : 1; k > 0; k--) {
          const uri = uris[Math.floor(rnd() * uris.length)];
          const kinds = Object.keys(EDITS);
          const edit = EDITS[kinds[Math.floor(rnd() * kinds.length)]];
          current.set(uri, edit(current.get(uri)!, rnd, names));
          changed.push(uri);
        }
      }
      const now = docs();
      const updated = summary(live.update(now, changed));
      const fresh = summary(new LiveIndex(CONFIG).update(now, []));
      if (process.env.PROBE) console.log(step, changed.length, updated.entities.length, updated.pairs.length, updated.findings.length);
      assert.deepEqual(updated, fresh, `step ${step} (changed ${changed.join(', ')})`);
    }
  });
}

const samples = folder(join(REPO, 'samples'));
const sets = readdirSync(join(REPO, 'test', 'corpora')).filter((d) => !d.includes('.')).sort();
const all = new Map(sets.flatMap((s) => [...folder(join(REPO, 'test', 'corpora', s))].map(([u, t]) => [u.replace('/corpus/', `/corpus/${s}/`), t] as const)));
const half = (keep: boolean) => new Map([...all].filter((_, i) => (i % 2 === 0) === keep));

run('samples', samples, half(true), 1, 40);
run('all held-out sets', half(true), half(false), 2, 40);
run('all held-out sets', half(false), half(true), 3, 40);
run('samples and all held-out sets', all, samples, 4, 60);
