// Government bodies named by jurisdiction and portfolio. News writes one ministry many ways:
// "the Chilean Foreign Ministry", "Chile's Ministry of Foreign Affairs", "Chile's foreign
// ministry" (lower case, which a name tagger misses). `findInstitutions` adds the lower-case
// forms as organisation mentions; `institutionKey` makes the variants compare equal.
import type { Span } from '../model';
import { jurisdictionOf } from './places';

const PORTFOLIOS = [
  'foreign', 'defence', 'defense', 'interior', 'home', 'finance', 'justice', 'health', 'education',
  'economy', 'economic', 'trade', 'energy', 'agriculture', 'culture', 'transport', 'environment',
  'labour', 'labor', 'emergency', 'emergencies', 'information', 'communications', 'foreign affairs',
  'internal affairs', 'home affairs',
];
const PORTFOLIOS_LONGEST_FIRST = [...PORTFOLIOS].sort((a, b) => b.length - a.length);
const BODIES = ['ministry', 'department', 'office', 'ministry'];

/** "Transport Halina Drovec" after "Minister of ": how many characters the portfolio takes (0 if none). */
export function leadingPortfolioLength(name: string): number {
  const lower = name.toLowerCase();
  for (const p of PORTFOLIOS_LONGEST_FIRST) {
    if (lower.startsWith(p + ' ')) return p.length + 1;
  }
  return 0;
}

export interface InstitutionKey {
  jurisdiction?: string;
  /** "foreign ministry", "constitutional court", "defence ministry"… */
  body: string;
}

const PORTFOLIO_CANON: Record<string, string> = {
  defense: 'defence', 'foreign affairs': 'foreign', 'internal affairs': 'interior', 'home affairs': 'interior',
  home: 'interior', labor: 'labour', economic: 'economy', emergencies: 'emergency',
};

/** Canonical key of an institution name, or undefined when it does not read as one. */
export function institutionKey(name: string): InstitutionKey | undefined {
  let words = name.toLowerCase().replace(/[’']s\b/g, '').replace(/[^a-z\s.-]/g, ' ').split(/\s+/).filter(Boolean);
  if (words[0] === 'the') words = words.slice(1);
  let jurisdiction: string | undefined;
  // Longest jurisdiction prefix of one or two words.
  for (const n of [2, 1]) {
    if (words.length > n) {
      const j = jurisdictionOf(words.slice(0, n).join(' '));
      if (j) {
        jurisdiction = j;
        words = words.slice(n);
        break;
      }
    }
  }
  const text = words.join(' ');
  // "ministry of (the) foreign affairs" -> "foreign ministry"
  let m = /^(ministry|department) of (?:the )?([a-z ]+?)(?: affairs)?$/.exec(text);
  if (m) return { jurisdiction, body: `${canonPortfolio(m[2])} ${m[1]}` };
  m = /^([a-z ]+?)(?: affairs)? (ministry|department)$/.exec(text);
  if (m) return { jurisdiction, body: `${canonPortfolio(m[1])} ${m[2]}` };
  m = /^(supreme|constitutional|high|federal|district|appeals?) court$/.exec(text);
  if (m) return { jurisdiction, body: text };
  return undefined;
}

function canonPortfolio(p: string): string {
  const t = p.trim();
  return PORTFOLIO_CANON[t] ?? PORTFOLIO_CANON[t + ' affairs'] ?? t;
}

export interface InstitutionMention extends Span {
  text: string;
}

/** "foreign" -> "[Ff]oreign": either case for the first letter of each word. */
const anyCase = (w: string) => w.split(' ').map((x) => `[${x[0]}${x[0].toUpperCase()}]${x.slice(1)}`).join(' ');
const PORTFOLIO_RE = PORTFOLIOS.slice().sort((a, b) => b.length - a.length).map(anyCase).join('|');
const BODY_RE = [...new Set(BODIES)].map(anyCase).join('|');
// Capitalised one- or two-word jurisdiction, optional possessive, portfolio + body in any case
// ("Chile's foreign ministry", "the Kenyan Health Ministry").
const PORTFOLIO_FORM = new RegExp(
  `\\b((?:[A-Z][A-Za-z.]+)(?: [A-Z][A-Za-z.]+)?)(['’]s)? ((?:${PORTFOLIO_RE})(?: [Aa]ffairs)? (?:${BODY_RE}))\\b`,
  'g',
);
// "the justice ministry", "the emergency situations ministry": no jurisdiction, lower case.
const BARE_FORM = /\b[Tt]he ((?:[a-z]+ ){1,2}(?:ministry|department))\b/g;
// "Ministry of Foreign Affairs", with an optional jurisdiction in front ("the Kenyan Ministry of Health").
const OF_FORM = /\b(?:((?:[A-Z][A-Za-z.]+)(?: [A-Z][A-Za-z.]+)?)(['’]s)? )?(?:Ministry|Department) of (?:the )?[A-Z][a-z]+(?:(?: and| &)? [A-Z][a-z]+)*/g;

/**
 * A body's word without its first letter ("inistry"): every form above contains one, in either
 * case of that letter. Most paragraphs contain none, and then the three searches can be skipped.
 */
const BODY_CUES = [...new Set(BODIES)].map((b) => b.slice(1));

function mayNameBody(slice: string): boolean {
  for (const cue of BODY_CUES) if (slice.includes(cue)) return true;
  return false;
}

/** Government bodies named by jurisdiction and portfolio, whatever their case. */
export function findInstitutions(text: string, range: Span): InstitutionMention[] {
  const out: InstitutionMention[] = [];
  const slice = text.slice(range.start, range.end);
  if (!mayNameBody(slice)) return out;
  collect(PORTFOLIO_FORM, slice, range, text, out, true);
  collect(OF_FORM, slice, range, text, out, false);
  BARE_FORM.lastIndex = 0;
  for (let m = BARE_FORM.exec(slice); m; m = BARE_FORM.exec(slice)) {
    const start = range.start + m.index + 4;
    if (/^(?:same|new|old|whole|entire|former|other|next|previous|relevant|responsible) /.test(m[1])) continue;
    out.push({ start, end: start + m[1].length, text: m[1] });
  }
  return out.sort((a, b) => a.start - b.start).filter((m, i, all) => i === 0 || all[i - 1].end <= m.start);
}

function collect(re: RegExp, slice: string, range: Span, text: string, out: InstitutionMention[], needJurisdiction: boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const lead = m[1];
    if (!lead) {
      if (!needJurisdiction) out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, text: m[0] });
      continue;
    }
    // The jurisdiction may be the last capitalised word only ("Santiago said Chile's foreign ministry").
    const words = lead.split(' ');
    let skip = 0;
    if (!jurisdictionOf(lead)) {
      if (words.length === 2 && jurisdictionOf(words[1])) skip = words[0].length + 1;
      else if (!needJurisdiction) skip = lead.length + (m[2]?.length ?? 0) + 1;
      else continue;
    }
    const start = range.start + m.index + skip;
    const end = range.start + m.index + m[0].length;
    out.push({ start, end, text: text.slice(start, end) });
  }
}
