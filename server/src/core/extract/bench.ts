// Throughput check for the extractors (a script, not a test: timings vary by machine).
//   node --import tsx server/src/core/extract/bench.ts
// Builds about 1 MB of invented news-like prose plus pathological inputs (one 1 MB line of
// digits, of quotes, of parentheses…), runs every extractor over the whole text and over each
// paragraph as the pipeline does, and prints the best of three runs in milliseconds and MB/s. Linear-time code keeps the
// pathological rows in the same range as the prose.
import { findAcronymPairs } from './acronyms';
import { dayValue } from './calendar';
import { findDates } from './dates';
import { findQuantities } from './quantities';
import { findQuotes } from './quotes';
import { findTitleFor } from './titles';

const SENTENCES = [
  'On May 9, 2026, Deputy Trade Minister Ana Ruiz said the deal, announced Tuesday, was “a sound step”.',
  'Almost six years after the 2017 vote, more than 18,000 people had left; about $5 billion was pledged.',
  'The Southern Rail Freight Corridor (SRFC) opened in mid-2023, three days later than planned.',
  'Norway’s ambassador to Rome, Per Lund, said the seven-year dispute since 2008 was over.',
  'In the 1960s a century-long feud cost 35% of revenue; 09/08/2026 and 08.09.2026 were filed.',
  'Officials called it ‘premature’, and "unwise", between May and June 2024, at least 12 died.',
];

function prose(bytes: number): string {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const paragraph: string[] = [];
    for (let k = 0; k < 4; k++) paragraph.push(SENTENCES[next() % SENTENCES.length]);
    const p = paragraph.join(' ');
    parts.push(p);
    size += p.length + 1;
  }
  return parts.join('\n');
}

/** Best of three runs: the first also pays for compilation, and the machine may be shared. */
function time(label: string, text: string, run: () => void): void {
  let ms = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    run();
    ms = Math.min(ms, performance.now() - t0);
  }
  const mb = text.length / 1e6;
  console.log(`${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  ${(mb / (ms / 1000)).toFixed(1).padStart(6)} MB/s`);
}

function paragraphs(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return out;
}

const MB = 1_000_000;
const news = prose(MB);
const dateline = dayValue(2025, 7, 11);
const all = { start: 0, end: news.length };
console.log(`prose: ${(news.length / 1e6).toFixed(2)} MB, ${paragraphs(news).length} paragraphs`);
time('dates (whole text)', news, () => findDates(news, all, { dateline }));
time('quantities (whole text)', news, () => findQuantities(news, all));
time('quotes (whole text)', news, () => findQuotes(news, all));
time('acronyms (whole text)', news, () => findAcronymPairs(news, all));
time('all four, per paragraph', news, () => {
  for (const p of paragraphs(news)) {
    findDates(news, p, { dateline });
    findQuantities(news, p);
    findQuotes(news, p);
    findAcronymPairs(news, p);
  }
});
time('titles for every capitalised pair', news, () => {
  const re = /\b[A-Z][a-z]+ [A-Z][a-z]+\b/g;
  for (const m of news.matchAll(re)) findTitleFor(news, { start: m.index!, end: m.index! + m[0].length });
});

const nasty: Array<[string, string]> = [
  ['digits', '9'.repeat(MB)],
  ['digit groups', '1,'.repeat(MB / 2)],
  ['letters', 'a'.repeat(MB)],
  ['curly quotes', '“'.repeat(MB)],
  ['straight quotes', '" '.repeat(MB / 2)],
  ['parentheses', '( '.repeat(MB / 2)],
  ['month names', 'May '.repeat(MB / 4)],
  ['number words', 'two hundred and '.repeat(MB / 16)],
  ['capitals', 'ABC (DEF) '.repeat(MB / 10)],
  ['lone surrogates', '\ud800'.repeat(MB)],
];
for (const [label, text] of nasty) {
  const r = { start: 0, end: text.length };
  time(`pathological: ${label}`, text, () => {
    findDates(text, r, { dateline });
    findQuantities(text, r);
    findQuotes(text, r);
    findAcronymPairs(text, r);
  });
}
