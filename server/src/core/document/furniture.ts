// Page furniture a scraped news page leaves in the text, recognised one line at a time from a
// lexicon of phrases common to news sites (written from general knowledge of such pages, not
// from any particular article) plus a few shapes (counters, bare links, symbol rows). Lines
// too long to be furniture are never matched, so ordinary sentences that merely mention
// "copyright" or "subscribers" stay content.
import { countWords, endsSentence, hasLetter, normalize } from './lines';

/**
 * 'line': this line is furniture. The header kinds are furniture too and say what follows:
 * 'related' a list of headlines, 'list' a tag or source list, 'bio' an author blurb.
 * 'label': a section or column label ("Column: Foreign Affairs"), furniture unless it turns
 * out to be the headline itself.
 */
export type FurnitureKind = 'line' | 'related' | 'list' | 'bio' | 'label';

/** Lines longer than this are prose, whatever words they contain. */
const MAX_FURNITURE_CHARS = 400;

// Whole-line labels, matched against the normalised line.
const LINE_LABELS = new Set([
  // loading placeholders and widgets
  'loading', 'getting data', 'please wait', 'refresh', 'retry', 'try again', 'load more', 'show more', 'show less',
  'see more', 'view more', 'read less', 'more', 'next', 'previous', 'next article', 'previous article', 'next story',
  'previous story', 'back', 'back to top', 'go to top', 'top', 'skip to content', 'skip to main content',
  'skip to navigation', 'skip navigation', 'menu', 'main menu', 'open menu', 'close menu', 'search', 'close', 'home',
  'homepage', 'expand', 'collapse', 'enlarge', 'open', 'toggle', 'options',
  // ads
  'advertisement', 'advertisements', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'sponsored by',
  'promoted', 'promoted content', 'paid content', 'paid post', 'partner content', 'in partnership with',
  'story continues below', 'story continues below advertisement', 'article continues below',
  'article continues below advertisement', 'continue reading', 'continue reading below', 'keep reading',
  'scroll to continue', 'scroll to continue with content', 'remove ads', 'ad free',
  // accounts and subscriptions
  'subscribe', 'subscribe now', 'subscribe today', 'subscribe for free', 'subscribed', 'unsubscribe', 'sign in',
  'sign up', 'sign up now', 'sign out', 'log in', 'login', 'log out', 'logout', 'register', 'register now',
  'register for free', 'create an account', 'create account', 'create free account', 'my account', 'account',
  'my profile', 'profile', 'already a subscriber', 'already a member', 'already have an account', 'become a member',
  'become a subscriber', 'support us', 'support our journalism', 'donate', 'donate now', 'newsletter', 'newsletters',
  'our newsletters', 'free newsletter', 'sign up for our newsletter', 'sign up to our newsletter', 'get the newsletter',
  'email newsletter', 'enter your email', 'enter your email address', 'email address', 'your email address', 'submit',
  'thank you for signing up', 'thanks for signing up', 'you are now subscribed', 'notifications',
  'turn on notifications', 'enable notifications', 'allow notifications', 'get alerts', 'get notifications',
  // site navigation and legal
  'contact', 'contact us', 'about', 'about us', 'who we are', 'our team', 'our journalists', 'privacy',
  'privacy policy', 'privacy notice', 'terms', 'terms of use', 'terms of service', 'terms and conditions',
  'terms & conditions', 'cookie policy', 'cookies', 'cookie settings', 'cookie preferences', 'manage cookies',
  'accept', 'accept all', 'accept cookies', 'accept all cookies', 'reject all', 'decline', 'manage preferences',
  'do not sell my personal information', 'do not sell or share my personal information', 'your privacy choices',
  'accessibility', 'careers', 'jobs', 'work with us', 'advertise', 'advertise with us', 'sitemap', 'site map', 'help',
  'help centre', 'help center', 'faq', 'faqs', 'rss', 'rss feed', 'feedback', 'corrections', 'ethics policy',
  'editorial guidelines', 'masthead', 'archive', 'archives', 'all rights reserved',
  // sharing
  'share', 'shares', 'share this', 'share this article', 'share this story', 'share this post', 'share article',
  'share story', 'share page', 'share via', 'share on', 'share on facebook', 'share on twitter', 'share on x',
  'share on whatsapp', 'share on linkedin', 'tweet', 'tweet this', 'email', 'e-mail', 'email this', 'print',
  'print this', 'print this article', 'print this page', 'copy link', 'copy url', 'link copied', 'copied',
  'save', 'saved', 'save article', 'save for later', 'bookmark', 'bookmarks', 'gift this article', 'gift article',
  'follow', 'follow us', 'following', 'unfollow', 'like', 'likes', 'reactions', 'text size', 'font size',
  'a a a', 'a- a+', 'listen', 'listen to this article', 'listen to article', 'listen to this story', 'play',
  'pause', 'audio', 'translate', 'download', 'download pdf', 'download the app', 'download our app', 'get the app',
  'open in app', 'open app',
  // comments and polls
  'comments', 'comment', 'view comments', 'show comments', 'hide comments', 'load comments', 'leave a comment',
  'leave a reply', 'post a comment', 'add a comment', 'add comment', 'write a comment', 'join the conversation',
  'join the discussion', 'comments are closed', 'commenting is closed', 'be the first to comment', 'no comments yet',
  'reply', 'replies', 'report', 'report this comment', 'report abuse', 'vote', 'vote now', 'cast your vote', 'votes',
  'results', 'view results', 'see results', 'poll', 'poll results', 'yes', 'no', 'not sure',
  // media furniture
  'image', 'images', 'photo', 'photos', 'picture', 'pictures', 'photograph', 'video', 'videos', 'watch', 'watch now',
  'watch video', 'watch live', 'play video', 'gallery', 'photo gallery', 'view gallery', 'view image', 'view photos',
  'slideshow', 'podcast', 'podcasts', 'caption', 'hide caption', 'toggle caption', 'image caption', 'credit',
  'file photo', 'representational image', 'representative image', 'illustration', 'graphic', 'infographic',
  // section and format labels
  'column', 'opinion', 'analysis', 'commentary', 'editorial', 'exclusive', 'breaking', 'breaking news', 'live',
  'live updates', 'live blog', 'explainer', 'feature', 'features', 'interview', 'review', 'reviews', 'news',
  'latest', 'latest news', 'world', 'world news', 'politics', 'business', 'economy', 'markets', 'sport', 'sports',
  'tech', 'technology', 'science', 'health', 'culture', 'entertainment', 'lifestyle', 'travel', 'local', 'national',
  'international', 'europe', 'asia', 'africa', 'americas', 'middle east', 'regions', 'full version',
  'short version', 'full story', 'summary', 'key points', 'key takeaways', 'takeaways', 'highlights',
  'story highlights', 'in brief', 'in short', 'at a glance', 'quick read', 'quick take', 'tl;dr', 'tldr',
  'did you know', 'fact check', 'fact-check', 'premium', 'subscriber only', 'subscribers only', 'members only',
  'free to read', 'free article', 'open access', 'paywall', 'updated', 'published', 'follow live',
]);

// Headers whose following lines are headlines of other articles.
const RELATED_HEADERS = new Set([
  'related', 'related articles', 'related article', 'related stories', 'related story', 'related news',
  'related coverage', 'related content', 'related posts', 'related reading', 'related links', 'related topics',
  'related videos', 'read more', 'read more about', 'read also', 'also read', 'also see', 'see also', 'more stories',
  'more news', 'more from', 'more like this', 'more to read', 'more on this', 'more on this story',
  'more on this topic', 'more in', 'recommended', 'recommended for you', 'recommended stories', 'recommended reading',
  'recommended articles', 'most read', 'most popular', 'most viewed', 'most shared', 'popular', 'popular now',
  'trending', 'trending now', 'trending stories', 'top stories', 'top news', 'top headlines', 'headlines',
  'latest stories', 'latest headlines', 'just in', 'you may also like', 'you might also like', 'you may like',
  'you might be interested in', 'what to read next', 'read next', 'up next', 'next up', "editor's picks",
  "editors' picks", "editor's choice", "don't miss", 'must read', 'must reads', 'further reading', 'in other news',
  'elsewhere', 'in case you missed it', 'catch up', 'previously',
]);

// Headers followed by a tag list, a source list or link list.
const LIST_HEADERS = new Set([
  'tags', 'tag', 'tagged', 'tagged under', 'tagged with', 'tagged as', 'topics', 'topic', 'filed under',
  'categories', 'category', 'keywords', 'sections', 'sources', 'source', 'sources include',
  'references', 'links', 'external links', 'further information', 'more information', 'useful links',
  'follow us on', 'follow us on social media', 'find us on', 'connect with us', 'share this on',
]);

// "Sources for this story include:", "Sources used in this report include:".
const SOURCES_HEADER = /^sources?(?: [\w']+){1,5} include$/;

const BIO_HEADERS = new Set(['about the author', 'about the authors', 'about the writer', 'about the reporter']);

// Line openings that mark furniture, each with the longest line (in words) it may cover.
const OPENERS: Array<{ re: RegExp; maxWords: number }> = [
  // copyright and rights notices
  { re: /^(?:©|\(c\)\s*(?:\d{4}|[a-z])|copyright\s*(?:©|\(c\)|\d{4}))/, maxWords: 40 },
  { re: /^(?:reproduction|republication|redistribution)\b.{0,60}\b(?:prohibited|forbidden|not permitted|without (?:prior )?(?:written )?permission)/, maxWords: 60 },
  // accounts, subscriptions, alerts
  { re: /^(?:subscribe|sign up|sign in|sign-in|log in|login|register)\b/, maxWords: 25 },
  { re: /^(?:join|follow) (?:us|our|the conversation|the discussion|now|today)\b/, maxWords: 25 },
  { re: /^get (?:the |our |free |daily |weekly |breaking |email |push |instant |real-time |latest )*(?:news |email |push |breaking news |daily |newsletter |news )?(?:alerts?|newsletters?|notifications|updates|the app|our app|the latest)\b/, maxWords: 20 },
  { re: /^(?:already a (?:subscriber|member)|already have an account|don't have an account|create (?:an |your |a )?(?:free )?account|become a (?:member|subscriber|supporter|patron)|support (?:our|independent|quality|local) journalism|you have reached|you've reached|to continue reading|continue reading|keep reading|read the full (?:story|article)|click here|tap here|download (?:the|our)\b|we use cookies|this (?:site|website) uses cookies|by (?:clicking|continuing|using (?:this|our) (?:site|website|service))|enter your email|unsubscribe|manage (?:your )?(?:preferences|subscription|cookies|consent)|please (?:sign|log) in|leave a (?:comment|reply)|post a comment|add a comment|to (?:leave|post|add) a comment|comments are closed|be the first to comment|share (?:this|on|via|article|story)\b|story continues|article continues|skip to|listen to (?:this |the )?(?:article|story)|getting data|please wait|back to top)/, maxWords: 30 },
  // disclaimers and republication notes
  { re: /^(?:disclaimer|editor's note: this (?:article|story) (?:was|has been)|the views (?:and opinions )?expressed|views expressed|opinions expressed|any opinions|the opinions expressed|this (?:article|story|post|content|piece) (?:may contain|contains (?:affiliate|sponsored)|reflects the|was (?:originally |first )?(?:published|posted|written by|produced|created|edited|updated)|first appeared|originally appeared|appeared (?:first|originally)|is (?:republished|reproduced|sponsored|brought to you)|has been (?:updated|corrected|republished))|(?:originally|first) published (?:in|on|by|at)|republished (?:with|from|under|by)|reproduced with permission|(?:additional )?reporting by|editing by|edited by|compiled by|produced by|with inputs from|(?:written|reported) with (?:the )?(?:help|assistance) of)/, maxWords: 80 },
  // credits
  { re: /^(?:photo|photos|image|images|picture|pictures|photograph|video|illustration|graphic|credit|credits|file photo|cover photo|top photo|main photo|lead image|feature image)s?\s*(?::|by\b|credit\b|courtesy\b|source\b)/, maxWords: 20 },
  { re: /^\((?:photo|image|picture|file photo|representational|representative|illustration|video)\b[^)]*\)$/, maxWords: 20 },
  // counters, reading time
  { re: /^(?:total )?(?:votes?|comments?|likes?|shares?|views?|reactions?|replies|responses|reads|rating|score)\s*[:(]?\s*\d[\d,.]*\s*[km]?\)?$/, maxWords: 4 },
  { re: /^\d[\d,.]*\s*[km]?\s+(?:votes?|comments?|likes?|shares?|views?|reactions?|replies|responses|reads|readers|people (?:read|viewed|liked) this)$/, maxWords: 6 },
  { re: /^\(\d[\d,.]*\)$/, maxWords: 1 },
  { re: /^\d+(?:\.\d)?\s*(?:\/|out of)\s*(?:5|10)(?: stars?)?$/, maxWords: 5 },
  { re: /^(?:(?:estimated )?(?:reading|read|listening) time:?\s*)?(?:about |approx\.? |~)?\d+(?:\s*-\s*\d+)?\s*(?:min|mins|minute|minutes|m)(?:\s+(?:read|reading|to read|listen|watch))?$/, maxWords: 7 },
  { re: /^(?:estimated )?(?:reading|read|listening) time\b/, maxWords: 7 },
  // bare links, addresses and domains
  { re: /^(?:https?:\/\/|www\.)\S+$/, maxWords: 1 },
  { re: /^(?:(?:e-?mail|contact|tips?|send (?:us )?(?:your )?(?:tips|news|stories)|write to us)\b.{0,60})?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/, maxWords: 12 },
  { re: /^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co|uk|de|fr|ru|in|io|news|info|tv|us|ca|au|eu|gov|edu|ng|za|ke|pk|ie|nz|ua|it|es|pl|nl|ch|at|be|se|no|dk|fi|jp|cn|kr|br|mx|ar|tr|il|ae|sg|my|ph|id)(?:\/\S*)?$/, maxWords: 1 },
  // breadcrumbs: "Home > World > Europe"
  { re: /^[^>›»/]{1,40}(?:\s[>›»/]\s[^>›»/]{1,40}){2,}$/, maxWords: 15 },
  // trademark notices
  { re: /\bregistered trademarks?\b|\btrademarks?\b.{0,120}\b(?:property of|respective (?:owners|holders)|used under licen[cs]e)\b|\bare (?:registered )?trademarks of\b/, maxWords: 60 },
];

// The one opener not anchored at the line start: tested only on lines that name a trademark
// (each of its branches contains the word) instead of run across every line.
const TRADEMARK = OPENERS.pop()!;
if (!TRADEMARK.re.source.startsWith('\\bregistered trademark') || OPENERS.some((o) => !o.re.source.startsWith('^') || o.re.flags)) {
  throw new Error('furniture: every opener but the last (the trademark notice) starts with ^ and has no flags');
}

/**
 * All openers as one regular expression, the ones that cover the longest lines first, each in a
 * group of its own: the first opener that matches a line is then the one that covers the most
 * words, so the line opens with furniture exactly when that opener covers the line's word
 * count. One expression for every line length (compiled once; one per length cost a fresh
 * process ~65 ms of compiling), one call per line. Each opener is anchored at the line start
 * with no top-level alternative, so the alternation matches exactly when one of them does.
 */
const BY_REACH = [...OPENERS].sort((a, b) => b.maxWords - a.maxWords);
const groupsIn = (source: string) => new RegExp(`${source}|`).exec('')!.length - 1;
/** BY_REACH[k]'s own group in ANY_OPENER (its source may hold groups of its own). */
const GROUP_OF: number[] = [];
for (let k = 0, g = 1; k < BY_REACH.length; g += 1 + groupsIn(BY_REACH[k].re.source), k++) GROUP_OF.push(g);
const ANY_OPENER = new RegExp(`^(?:${BY_REACH.map((o) => `(${o.re.source})`).join('|')})`);

function opensWithFurniture(norm: string, words: number): boolean {
  const m = ANY_OPENER.exec(norm);
  if (!m) return false;
  for (let k = 0; k < BY_REACH.length; k++) if (m[GROUP_OF[k]] !== undefined) return words <= BY_REACH[k].maxWords;
  return false;
}

// Promotions of other articles that carry their headline inline: "Read more: ...", "ALSO READ | ...".
const INLINE_RELATED = /^(?:related|related (?:articles?|stories|story|news|coverage|content|reading|video)|read more|read also|also read|also see|see also|more|more from [^:|]{1,40}|recommended|watch|listen|video|photos|gallery|podcast|must read|don't miss|top stories|trending|latest|in pictures|in photos|read|see|you (?:may|might) (?:also )?like|most (?:read|popular|viewed|shared)|popular now|trending now|editor's picks|editors' picks)(?:\s*[:|»›]|\s+[-–—])\s*\S/;

// "Column: Foreign Affairs", "Section: World".
const SECTION_LABEL = /^(?:column|section|category|series|rubric|department|edition|filed in|posted in)\s*:\s*\S/;

// Questions put to the reader: poll widgets.
const POLL = /^(?:do|did|would|will|are|have) you (?:think|agree|believe|support|approve|feel|trust|want|expect|like|prefer|consider)\b/;

// (Regular expressions with \p{…} are module constants: the shipped bundle (esbuild, target node20)
// turns each such literal into a `new RegExp(…)` call, which inside a function runs on every call.)
const NUMBER = /\p{N}/u;
const COPYRIGHT_NAME = /^(?:Copyright|COPYRIGHT|copyright)\s+\p{Lu}/u;
const SENTENCE_THEN_CAPITAL = /[.!?]["”’)]?\s+\p{Lu}/u;

/** Classifies one trimmed line; undefined when it reads as content. */
export function classifyLine(line: string): FurnitureKind | undefined {
  if (line.length > MAX_FURNITURE_CHARS) return undefined;
  // Rows of symbols and separators ("***", "• • •"); a line with digits may be a dateline, judged later.
  if (!hasLetter(line) && !NUMBER.test(line)) return 'line';
  const norm = normalize(line);
  if (norm === '') return 'line';
  if (RELATED_HEADERS.has(norm)) return 'related';
  if (LIST_HEADERS.has(norm) || SOURCES_HEADER.test(norm)) return 'list';
  if (BIO_HEADERS.has(norm)) return 'bio';
  if (LINE_LABELS.has(norm)) return 'line';
  const nWords = countWords(line, 200);
  if (/©|\ball rights reserved\b|\ball content copyright\b/.test(norm) && nWords <= 40) return 'line';
  // "Copyright Acme Media 2024" but not "Copyright law changed in 2019": a capital follows.
  if (COPYRIGHT_NAME.test(line) && /\d{4}/.test(line) && nWords <= 12) return 'line';
  if (opensWithFurniture(norm, nWords) || (nWords <= TRADEMARK.maxWords && norm.includes('trademark') && TRADEMARK.re.test(norm))) return 'line';
  if (nWords <= 30 && INLINE_RELATED.test(norm)) return 'line';
  if (nWords <= 8 && SECTION_LABEL.test(norm)) return 'label';
  if (/^(?:tags|tagged(?: under| with| as)?|topics|filed under|categories|keywords|sources?)\s*:/.test(norm) && !endsSentence(line)) return 'line';
  if (nWords <= 30 && line.trimEnd().endsWith('?') && POLL.test(norm) && !/[.!?]\s/.test(line)) return 'line';
  return undefined;
}

/** Looks like a headline in a list: short, no sentence-final period. */
export function isHeadlineShaped(line: string): boolean {
  if (line.length > 250) return false;
  const n = countWords(line, 40);
  if (n < 2 || n > 30) return false;
  const last = line.replace(/["”’')\]]+$/, '').slice(-1);
  return last !== '.' && last !== ':';
}

/** An entry of a tag, source or link list. */
export function isListItem(line: string): boolean {
  if (line.length > 400) return false;
  if (/^(?:https?:\/\/|www\.)/i.test(line)) return true;
  const n = countWords(line, 80);
  return n <= 10 ? !SENTENCE_THEN_CAPITAL.test(line) && !/\.\s*$/.test(line) : n <= 60 && line.includes(',') && !endsSentence(line);
}
