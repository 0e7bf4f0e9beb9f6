// outliersAmong must answer exactly as outliers does whenever conflicts depend only on a class
// of each item (it judges once per pair of classes instead of once per pair of items): checked
// on seeded random groups, with classes that clash or not (also with themselves), and one group
// where a source speaks twice (outliersAmong then defers to outliers).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listOf, outliers, outliersAmong, quoteList } from './rule';
import { seededRandom as random } from '../testing/random';

interface Item {
  uri: string;
  cls: string;
  at: number;
}

const render = (out: Array<{ item: Item; against: Item[] }>) => out.map((o) => `${o.item.uri}:${o.item.cls} ~ ${o.against.map((y) => `${y.uri}:${y.cls}`).join(',')}`);

function group(rnd: () => number, sources: number, classes: string[], repeat: boolean): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < sources; i++) {
    const uri = `file:///s${Math.floor(rnd() * 1000)}-${i}.txt`;
    items.push({ uri, cls: classes[Math.floor(rnd() * classes.length)], at: Math.floor(rnd() * 500) });
    if (repeat && rnd() < 0.3) items.push({ uri, cls: classes[Math.floor(rnd() * classes.length)], at: 600 + i });
  }
  return items;
}

test('outliersAmong answers as outliers over random groups and class conflicts', () => {
  const rnd = random(7);
  let flagged = 0;
  for (let round = 0; round < 400; round++) {
    const classes = ['a', 'b', 'c', 'd', 'e'].slice(0, 1 + Math.floor(rnd() * 5));
    const clash = new Map<string, boolean>();
    for (const x of classes) {
      for (const y of classes) {
        if (x > y) continue;
        const c = x === y ? rnd() < 0.1 : rnd() < 0.6;
        clash.set(`${x}|${y}`, c).set(`${y}|${x}`, c);
      }
    }
    const conflict = (p: Item, q: Item) => clash.get(`${p.cls}|${q.cls}`)!;
    const items = group(rnd, 1 + Math.floor(rnd() * 9), classes, round % 4 === 0);
    const start = (x: Item) => x.at;
    const expected = render(outliers(items, () => items, conflict, start));
    assert.deepEqual(render(outliersAmong(items, (x) => x.cls, conflict, start)), expected, `round ${round}`);
    flagged += expected.length;
  }
  assert.ok(flagged > 100, `the random groups flag enough to compare (${flagged})`);
});

test('one against two agreeing: only the odd one out; one against one: both', () => {
  const conflict = (p: Item, q: Item) => p.cls !== q.cls;
  const start = (x: Item) => x.at;
  const three = [{ uri: 'a', cls: 'x', at: 0 }, { uri: 'b', cls: 'y', at: 0 }, { uri: 'c', cls: 'y', at: 0 }];
  assert.deepEqual(render(outliersAmong(three, (x) => x.cls, conflict, start)), ['a:x ~ b:y,c:y']);
  const two = three.slice(0, 2);
  assert.deepEqual(render(outliersAmong(two, (x) => x.cls, conflict, start)), ['a:x ~ b:y', 'b:y ~ a:x']);
});

test('a message lists up to four names, then three and how many more', () => {
  const more = (n: number) => `${n} more`;
  assert.equal(listOf([], more), '');
  assert.equal(listOf(['a'], more), 'a');
  assert.equal(listOf(['a', 'b'], more), 'a and b');
  assert.equal(listOf(['a', 'b', 'c', 'd'], more), 'a, b, c and d');
  assert.equal(listOf(['a', 'b', 'c', 'd', 'e', 'f'], more), 'a, b, c and 3 more');
  assert.equal(quoteList(['x', 'y', 'x']), '“x” and “y”');
});
