import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Span } from '../model';
import { analyzeLayout, isBoilerplate, type Layout } from './layout';

// Fixtures: one article line per fixture line, behind a role column.
//   T | the title        Y | byline, name in [[ ]]     D | dateline, date in [[ ]]
//   B | boilerplate      (blank) | content
interface Expected {
  text: string;
  title?: string;
  byline?: string;
  published?: string;
  boilerplate: string[];
}

function article(source: string, eol = '\n'): Expected {
  const rows = source.split('\n').filter((r) => r.trim() !== '');
  const out: string[] = [];
  const exp: Expected = { text: '', boilerplate: [] };
  for (const row of rows) {
    const bar = row.indexOf('|');
    const role = row.slice(0, bar).trim();
    const raw = row.slice(bar + 1).replace(/^ /, '');
    const marked = /\[\[(.*?)\]\]/.exec(raw)?.[1];
    const line = raw.replace(/\[\[|\]\]/g, '');
    out.push(line);
    if (role === 'T') exp.title = line.trim();
    else if (role === 'Y') exp.byline = marked ?? line.trim();
    else if (role === 'D') exp.published = marked ?? line.trim();
    else if (role === 'B') exp.boilerplate.push(line.trim());
    else if (role === '~') out.pop(), out.push(''); // an explicitly blank line
  }
  exp.text = out.join(eol);
  return exp;
}

const slice = (text: string, s?: Span) => (s ? text.slice(s.start, s.end) : undefined);

function check(exp: Expected, layout: Layout = analyzeLayout(exp.text)): Layout {
  const { meta } = layout;
  assert.equal(slice(exp.text, meta.title?.span), exp.title, 'title');
  assert.equal(meta.title?.text, exp.title, 'title text');
  assert.equal(slice(exp.text, meta.byline?.span), exp.byline, 'byline');
  assert.equal(meta.byline?.text, exp.byline, 'byline text');
  assert.equal(slice(exp.text, meta.published?.span), exp.published, 'dateline');
  assert.deepEqual(meta.boilerplate.map((b) => slice(exp.text, b)), exp.boilerplate, 'boilerplate');
  return layout;
}

test('a plain article: headline, byline, dateline, body, copyright footer', () => {
  const exp = article(`
    T | Harbour bridge reopens after two-year repair
    Y | By [[Marta Kovacs]]
    D | [[16 March 2023]]
      | The harbour bridge reopened to traffic on Thursday after a repair that took two years and cost the city more than planned.
      | Engineers replaced the deck and two of the four cables, the transport department said.
    B | © 2024 Rivertown Courier. All rights reserved.
  `);
  const layout = check(exp);
  assert.equal(layout.meta.published?.value.from, '2023-03-16');
  assert.equal(layout.paragraphs.length, 6);
});

test('paragraphs are the trimmed non-empty lines, whatever the line ends', () => {
  for (const eol of ['\n', '\r\n', '\r']) {
    const exp = article(`
      T | Harbour bridge reopens after repair
        |    The bridge reopened on Thursday, officials said.\t
      ~ |
        | Traffic was light.
    `, eol);
    const layout = check(exp);
    assert.deepEqual(layout.paragraphs.map((p) => slice(exp.text, p)), [
      'Harbour bridge reopens after repair',
      'The bridge reopened on Thursday, officials said.',
      'Traffic was light.',
    ]);
  }
});

test('an unrelated headline above the real one is page furniture, not the title', () => {
  check(article(`
    B | Celebrity chef opens third restaurant in the capital
    T | Floods force evacuation of riverside villages
      | Hundreds of residents left their homes as the river rose overnight, flooding villages along its lower course.
      | Emergency crews used boats to reach families in the worst-hit villages, the regional governor said.
  `));
});

test('a teaser headline sharing one chance word with the article still gives way', () => {
  check(article(`
    B | Tech shares extend gains for third week
    T | Floods force evacuation of riverside villages
      | Hundreds of residents left their homes as floods spread through riverside villages overnight.
      | Farmers said the water wiped out the gains of a good harvest.
  `));
});

test('a two-sentence headline on the first line is still the headline', () => {
  check(article(`
    T | Council backs the tram line. What happens next?
      | The city council approved the tram line by 31 votes to 12 on Tuesday evening after a long debate.
  `));
});

test('column and section labels are furniture unless they are the headline', () => {
  check(article(`
    T | Why the tram line is worth the money
    B | Column: City Matters
      | The city council approved the tram line by 31 votes to 12 on Tuesday evening after a long debate.
  `));
  check(article(`
    T | Column: Why the tram line is worth the money
      | The city council approved the tram line by 31 votes to 12 on Tuesday evening after a long debate.
  `));
});

test('single-word lines are furniture; a one-word sentence is not', () => {
  check(article(`
    T | Council approves new tram line
    B | Transport
      | The city council approved the tram line by 31 votes to 12 on Tuesday evening after a long debate.
      | Why?
      | Because the buses are full, the mayor said, and the roads cannot take more traffic at rush hour.
    B | Rivertown
    B | Rivertown Courier is an independent news publisher based in the river valley.
  `));
});

test('a first headline that shares words with the article stays the title', () => {
  check(article(`
    T | Floods force evacuation of riverside villages
      | Rescue boats reach stranded families
      | Hundreds of residents left their homes as floods spread through riverside villages overnight.
  `));
});

test('site name and navigation above the headline are furniture', () => {
  check(article(`
    B | Rivertown Courier
    B | Home > News > Region
    T | Council approves new tram line
      | The city council approved the tram line by 31 votes to 12 on Tuesday evening after a long debate.
  `));
});

test('dateline followed by a reading time', () => {
  check(article(`
    T | Council approves new tram line
    D | [[9 August 2026]] 6 minutes
      | The city council approved the tram line by 31 votes to 12 on Tuesday evening after a long debate.
  `));
});

test('byline and dateline sharing one line are both reported', () => {
  const text = 'Council approves new tram line\n09/08/2026 / By Tomas Lindqvist\nThe council approved the line on Tuesday after a long debate.';
  const { meta } = analyzeLayout(text);
  assert.equal(meta.title?.text, 'Council approves new tram line');
  assert.equal(meta.published?.text, '09/08/2026');
  assert.equal(meta.byline?.text, 'Tomas Lindqvist');
  assert.deepEqual(meta.boilerplate, []);
});

test('"Published:" is the dateline and a later "Updated" stamp is furniture', () => {
  check(article(`
    T | Council approves new tram line
    D | Published: [[March 3, 2025]] 10:30 GMT
    B | Updated March 4, 2025 08:15 GMT
      | The city council approved the tram line by 31 votes to 12 on Tuesday evening after a long debate.
  `));
});

test('an implausible dateline is still returned; judging it is a rule\'s job', () => {
  const { meta } = check(article(`
    T | Council approves new tram line
    D | Updated [[12 Feb 6021]]
      | The city council approved the tram line on Tuesday evening after a long debate.
  `));
  assert.equal(meta.published?.value.from, '6021-02-12');
});

test('a date without a year is a timestamp, not the dateline', () => {
  check(article(`
    T | Council approves new tram line
    B | Updated Tuesday, July 8
      | The city council approved the tram line by 31 votes to 12 on Tuesday evening after a long debate.
  `));
});

test('a date inside a sentence near the top is not a dateline', () => {
  check(article(`
    T | Council approves new tram line
      | On 3 March 2025 the city council approved the tram line after a long debate.
  `));
});

test('byline shapes', () => {
  for (const line of [
    'Y | By [[Marta Kovacs]]',
    'Y | / By [[Marta Kovacs]]',
    "Y | Author's name [[Marta Kovacs]]",
    'Y | Author`s name [[Marta Kovacs]]',
    'Y | Written by [[Marta Kovacs]]',
    'Y | By [[Coastline Bureau]]',
    'Y | By [[Marta Kovacs and Tomas Lindqvist]]',
    'Y | By [[Marta Kovacs]], Staff Writer',
    'Y | BY [[MARTA KOVACS]]',
    'Y | [[Marta Kovacs]] | Wirecast',
    'Y | By the [[Wirecast Agency]]',
    'Y | By [[Ludwig van Amstel]] in Lisbon',
  ]) {
    check(article(`
      T | Council approves new tram line
      ${line}
        | The city council approved the tram line by 31 votes to 12 on Tuesday evening after a long debate.
    `));
  }
});

test('sentences that start with "By" are not bylines', () => {
  check(article(`
    T | River falls back after the storm
      | By Monday, the water had receded from most streets.
      | Stand-by Generators Kept the Hospital Running
      | By the time crews arrived, the bridge was closed.
  `));
});

test('a closing "Written by" line is the byline when the top has none', () => {
  check(article(`
    T | River falls back after the storm
      | The water receded from most streets by Monday, officials said, and schools will reopen next week.
    Y | Written by [[Ana Ribeiro]]
  `));
});

test('loading placeholders, share rows, counters and prompts are furniture', () => {
  check(article(`
    T | Council approves new tram line
    B | Loading...
    B | Share on Facebook
      | The city council approved the tram line by 31 votes to 12 on Tuesday evening after a long debate.
    B | Getting Data
      | The first trams are expected to run in the spring of next year, the mayor told reporters.
    B | Total votes: 241
    B | Please log in to post a reply
    B | (0)
    B | 4 min read
    B | Subscribe to our newsletter
    B | Get breaking news alerts
    B | Contact Us
  `));
});

test('a related-articles list takes the headlines under it, up to the next prose', () => {
  check(article(`
    T | Council approves new tram line
      | The city council approved the tram line by 31 votes to 12 on Tuesday evening after a long debate.
    B | Related Articles
    B | Bus fares to rise in autumn
    B | Cycle lanes extended along the river
      | Work on the line will begin in May and is due to finish within three years, the council said.
    B | ALSO READ | Mayor faces questions over budget
      | Opponents said the cost estimate was too optimistic.
  `));
});

test('"ALSO READ" on its own line takes the headline after it', () => {
  check(article(`
    T | Council approves new tram line
      | The city council approved the tram line by 31 votes to 12 on Tuesday evening after a long debate.
    B | ALSO READ
    B | Mayor faces questions over budget
      | Opponents said the cost estimate was too optimistic and called for an independent review.
  `));
});

test('tag lists, source lists, disclaimers, trademarks and publisher blurbs are furniture', () => {
  check(article(`
    T | Council approves new tram line
      | The city council approved the tram line by 31 votes to 12 on Tuesday evening after a long debate.
    B | Filed under:
    B | transport, city council, trams, budget
    B | Sources for this story include:
    B | example.org
    B | https://news.example.com/trams/approval
    B | This article may contain views that are the writer’s alone.
    B | Tramlink is a registered trademark of Example Holdings Ltd.
    B | Rivertown Courier is an independent media group bringing local news to readers in 35 countries.
  `));
});

test('"Did you know?" is a label but the fact after it is content', () => {
  check(article(`
    T | Council approves new tram line
      | The city council approved the tram line by 31 votes to 12 on Tuesday evening after a long debate.
    B | Did you know?
      | The city's first trams ran in 1894 and were pulled by horses.
  `));
});

test('poll questions, format labels and repeated lines are furniture; a quoted question is not', () => {
  check(article(`
    B | Column:
    T | Why the tram line is worth the money
    B | Full story
      | The city council approved the tram line by 31 votes to 12 on Tuesday evening after a long debate.
    B | Share
      | “Do you think we would build it if it did not pay off?” the mayor asked.
    B | Do you think the city should build more tram lines?
    B | Share
  `));
});

test('prose that mentions furniture words stays content', () => {
  check(article(`
    T | Publishers win appeal over copyright law
      | The court said copyright law had not kept pace with the way news is shared online.
      | Copyright law changed in 2019, when parliament passed the reform.
      | Subscribers to the service complained that prices rose twice in a year.
      | Loading the trucks took most of the night, the driver said.
      | The report was published on 3 March by the ministry.
      | Contact with the ship was lost shortly after midnight.
      | The trademark dispute began when the firm registered a similar logo.
      | Smith, who is a former journalist, now runs the charity.
  `));
});

test('no title when the file opens with prose', () => {
  check(article(`
      | The city council approved the tram line by 31 votes to 12 on Tuesday evening after a long debate. Work starts in May.
      | The first trams should run next spring.
  `));
});

test('empty and blank texts have no structure', () => {
  for (const text of ['', '   ', '\n\r\n\r', '\u00a0\u200b\n']) {
    assert.deepEqual(analyzeLayout(text), { meta: { boilerplate: [] }, paragraphs: [] });
  }
});

test('isBoilerplate: inside a furniture line, not across its edge', () => {
  const text = 'Council approves new tram line\nThe council approved the tram line after a long debate on Tuesday.\nShare this article';
  const { meta } = analyzeLayout(text);
  const at = text.indexOf('Share');
  assert.equal(isBoilerplate(meta, { start: at, end: at + 5 }), true);
  assert.equal(isBoilerplate(meta, { start: at + 2, end: at + 2 }), true);
  assert.equal(isBoilerplate(meta, { start: at - 3, end: at + 5 }), false);
  assert.equal(isBoilerplate(meta, { start: 0, end: 7 }), false);
  assert.equal(isBoilerplate({ boilerplate: [] }, { start: 0, end: 1 }), false);
});

test('a date finder that throws costs the dateline, nothing else', () => {
  const text = 'Council approves new tram line\n3 March 2025\nThe council approved the line after a long debate on Tuesday.';
  const { meta } = analyzeLayout(text, () => {
    throw new Error('boom');
  });
  assert.equal(meta.title?.text, 'Council approves new tram line');
  assert.equal(meta.published, undefined);
});

test('never throws; spans are in bounds, trimmed, sorted and inside paragraphs', () => {
  const lineArb = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.constantFrom('By Ana Ribeiro', 'Share', '© 2024', '3 March 2025', 'Related:', 'Tags:', '(0)', 'Loading...', '', '  '),
  );
  fc.assert(
    fc.property(fc.array(lineArb, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\r'), (ls, eol) => {
      const text = ls.join(eol);
      const { meta, paragraphs } = analyzeLayout(text);
      let prev = -1;
      for (const p of paragraphs) {
        assert.ok(p.start > prev && p.end > p.start && p.end <= text.length);
        assert.equal(text.slice(p.start, p.end).trim().length > 0, true);
        prev = p.end;
      }
      prev = -1;
      for (const b of meta.boilerplate) {
        assert.ok(b.start > prev && b.end <= text.length);
        assert.ok(paragraphs.some((p) => p.start === b.start && p.end === b.end));
        prev = b.end;
      }
      for (const s of [meta.title?.span, meta.byline?.span, meta.published?.span]) {
        if (s) assert.ok(s.start >= 0 && s.end <= text.length && s.end > s.start);
      }
    }),
    { numRuns: 300 },
  );
});

test('huge lines and long files go through', () => {
  const long = 'word '.repeat(10_000) + '© ' + 'x'.repeat(50_000);
  const { paragraphs, meta } = analyzeLayout(`Headline about a long line\n${long}\nShare`);
  assert.equal(paragraphs.length, 3);
  assert.equal(meta.boilerplate.length, 1);
  const para = 'The council approved the tram line after a long debate on Tuesday evening.\n';
  const big = 'Council approves new tram line\n' + para.repeat(60_000);
  const layout = analyzeLayout(big);
  assert.equal(layout.paragraphs.length, 60_001);
  assert.equal(layout.meta.title?.text, 'Council approves new tram line');
});
