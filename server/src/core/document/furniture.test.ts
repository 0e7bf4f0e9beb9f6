import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyLine, isHeadlineShaped, isListItem } from './furniture';

test('page furniture lines', () => {
  for (const line of [
    'Loading...', 'Getting Data', 'Advertisement', 'Skip to main content', 'Story continues below advertisement',
    '© Rivertown Courier 2024', 'Copyright © 2024 Example Media Group', 'Copyright Example Media 2024',
    'All content copyright Example Media Ltd', 'Subscribe now', 'Sign up for our free daily newsletter to get the headlines in your inbox',
    'Get breaking news alerts', 'Get the latest updates on WhatsApp', 'Already a subscriber? Log in', 'Follow us on Telegram',
    'Share on WhatsApp', 'Copy link', 'Total votes: 241', '12 comments', 'Comments (3)', '(0)', '4 min read',
    'Reading time: 6 minutes', 'Please log in to post a reply', 'Leave a reply', 'Contact Us', 'Privacy Policy',
    'Do you think the council should raise parking fees?', 'Did you know?', 'Column:', 'Full story', 'In brief',
    'Disclaimer: the views expressed are the author’s own.', 'This article was originally published by Example Wire.',
    'Example Tram is a registered trademark of Example Holdings.', 'Other product names are trademarks of their respective holders.',
    'Photo: Ana Ribeiro/Example Wire', 'https://example.com/news/123', 'news.example.org', 'tips@example.com',
    'Home > News > Region', '* * *', '———', 'Read more: Bus fares to rise in autumn', 'ALSO READ | Mayor faces questions',
    'Watch: Flood waters reach the square', 'Tags: transport, council, budget', 'Reporting by Ana Ribeiro; Editing by Tomas Lindqvist',
  ]) {
    assert.ok(classifyLine(line), `furniture: ${line}`);
  }
});

test('headers name what follows them', () => {
  assert.equal(classifyLine('Related Articles'), 'related');
  assert.equal(classifyLine('ALSO READ'), 'related');
  assert.equal(classifyLine('You may also like'), 'related');
  assert.equal(classifyLine('Tagged with:'), 'list');
  assert.equal(classifyLine('Sources for this story include:'), 'list');
  assert.equal(classifyLine('About the author'), 'bio');
});

test('prose that uses the same words is content', () => {
  for (const line of [
    'The court said copyright law had not kept pace with the way news is shared online.',
    'Copyright law changed in 2019, when parliament passed the reform.',
    'Subscribers to the service complained that prices rose twice in a year.',
    'Loading the trucks took most of the night, the driver said.',
    'The report was published on 3 March by the ministry.',
    'Share prices fell by 4% after the announcement.',
    'Contact with the ship was lost shortly after midnight.',
    'The trademark dispute began when the firm registered a similar logo.',
    'Do you think we would build it if it did not pay off? the mayor asked. Nobody answered.',
    'Latest-generation trams will run on the line, the operator said.',
    'Sources: the ministry said the plan was dropped.',
    'Harbour bridge reopens after two-year repair',
    'Related parties must disclose their interests, the regulator ruled.',
    'x'.repeat(500) + ' © 2024',
  ]) {
    assert.equal(classifyLine(line), undefined, `content: ${line}`);
  }
});

test('shapes of list entries', () => {
  assert.ok(isHeadlineShaped('Bus fares to rise in autumn'));
  assert.ok(isHeadlineShaped('Will the tram pay off?'));
  assert.ok(!isHeadlineShaped('The council approved the line.'));
  assert.ok(!isHeadlineShaped('Solo'));
  assert.ok(isListItem('transport, city council, trams, budget'));
  assert.ok(isListItem('https://example.org/a'));
  assert.ok(!isListItem('The council approved the line. Work starts in May.'));
});

test('inline "most read" and "you might also like" headline rows are furniture', () => {
  assert.equal(classifyLine('You might also like: Ten walks along the old canal'), 'line');
  assert.equal(classifyLine('Most read: Market reopens | Council votes on budget'), 'line');
});

test('an opening marks furniture only up to its own line length', () => {
  const words = (n: number) => Array(n).fill('ok').join(' '); // short words: lines stay under the length cap
  // A rights notice covers up to 40 words, a sign-up prompt 25, a disclaimer 80.
  assert.equal(classifyLine(`© 2024 ${words(38)}`), 'line');
  assert.equal(classifyLine(`© 2024 ${words(45)}`), undefined);
  assert.equal(classifyLine(`Subscribe ${words(24)}`), 'line');
  assert.equal(classifyLine(`Subscribe ${words(30)}`), undefined);
  assert.equal(classifyLine(`Disclaimer ${words(70)}`), 'line');
  // A line two openings fit is judged by the one that covers more: a sign-up prompt (25 words)
  // shaped like breadcrumbs (15).
  const crumbs = `Subscribe ${words(3)} > ${words(5)} > ${words(5)} > ${words(5)}`;
  assert.equal(classifyLine(crumbs), 'line');
  // Lengths met in any order (the check must not depend on which came first).
  assert.equal(classifyLine(`Subscribe ${words(30)}`), undefined);
  assert.equal(classifyLine(`© 2024 ${words(2)}`), 'line');
});
