// Units a figure can carry in news: currencies (symbols, codes, words), lengths of time,
// measures, and the noun counted ("18,000 soldiers" → 'soldier'), lemmatised so that
// "people"/"persons" meet as 'person' and "casualties" as 'casualty'.
import { dict } from './scan';

/** A currency symbol right before a figure. */
export const CURRENCY_SYMBOLS = dict<string>({
  '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₺': 'TRY', '₩': 'KRW', '₦': 'NGN',
});
/** Letters written tight before "$": "US$", "A$", "HK$". */
export const DOLLAR_PREFIXES = dict<string>({
  us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', hk: 'HKD', nz: 'NZD', s: 'SGD', r: 'BRL',
});
/** Codes and abbreviations written before a figure: "USD 5 million", "Rs 200 crore". */
export const CURRENCY_CODES = dict<string>({
  usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', cny: 'CNY', rmb: 'CNY', inr: 'INR', rs: 'INR',
  rub: 'RUB', chf: 'CHF', cad: 'CAD', aud: 'AUD', try: 'TRY', pkr: 'PKR', afn: 'AFN', sar: 'SAR', aed: 'AED',
});
/** Currency nouns written after a figure: "5 million dollars". */
export const CURRENCY_WORDS = dict<string>({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
  rupee: 'INR', rupees: 'INR', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY', rouble: 'RUB', roubles: 'RUB',
  ruble: 'RUB', rubles: 'RUB', franc: 'CHF', francs: 'CHF', lira: 'TRY', liras: 'TRY', riyal: 'SAR',
  riyals: 'SAR', dirham: 'AED', dirhams: 'AED', naira: 'NGN', rand: 'ZAR', won: 'KRW', afghani: 'AFN',
  afghanis: 'AFN', hryvnia: 'UAH', hryvnias: 'UAH', shekel: 'ILS', shekels: 'ILS',
});
/** Scale suffixes written tight after a figure ("5bn", "€3m") or as words ("200 crore"). */
export const SCALE_SUFFIXES = dict<number>({
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12, crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5,
});

/** Lengths of time: the unit they normalise to and the factor ("decade" → 10 years). */
export const DURATION_UNITS = dict<{ unit: string; factor: number }>({
  year: { unit: 'year', factor: 1 }, month: { unit: 'month', factor: 1 }, week: { unit: 'week', factor: 1 },
  day: { unit: 'day', factor: 1 }, hour: { unit: 'hour', factor: 1 }, minute: { unit: 'minute', factor: 1 },
  min: { unit: 'minute', factor: 1 }, mins: { unit: 'minute', factor: 1 }, hr: { unit: 'hour', factor: 1 }, hrs: { unit: 'hour', factor: 1 },
  decade: { unit: 'year', factor: 10 }, century: { unit: 'year', factor: 100 }, millennium: { unit: 'year', factor: 1000 },
});

/** Years per unit, to compare "18 months" with "a year and a half". */
export const YEARS_PER = dict<number>({
  year: 1, month: 1 / 12, week: 7 / 365.25, day: 1 / 365.25, hour: 1 / 8766, minute: 1 / 525960,
});

/** Measures whose abbreviations are written tight or spaced after a figure. */
export const MEASURE_ABBREVIATIONS = dict<string>({
  km: 'kilometre', kms: 'kilometre', mi: 'mile', kg: 'kilogram', kgs: 'kilogram', mm: 'millimetre',
  cm: 'centimetre', ft: 'foot', sq: 'square', ha: 'hectare', mph: 'mph', kmh: 'kmh', mw: 'megawatt',
  gw: 'gigawatt', kw: 'kilowatt', bpd: 'barrel per day', t: 'tonne',
});

const IRREGULAR = dict<string>({
  people: 'person', persons: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot',
  teeth: 'tooth', mice: 'mouse', geese: 'goose', personnel: 'personnel', police: 'police', staff: 'staff',
  cattle: 'cattle', aircraft: 'aircraft', livestock: 'livestock', crew: 'crew', lives: 'life', wives: 'wife',
  knives: 'knife', halves: 'half', thieves: 'thief', leaves: 'leaf', series: 'series', species: 'species',
  centuries: 'century', kilometers: 'kilometre', kilometres: 'kilometre', kilometer: 'kilometre',
  meters: 'metre', metres: 'metre', meter: 'metre', tons: 'tonne', tonnes: 'tonne', ton: 'tonne',
  militia: 'militia', data: 'data', media: 'media', criteria: 'criterion', phenomena: 'phenomenon',
  analyses: 'analysis', crises: 'crisis', bases: 'base', buses: 'bus', gases: 'gas', millennia: 'millennium',
});

/** Nouns counted without a plural "s": "300 personnel", "200 police". */
export const COLLECTIVE_NOUNS = new Set([
  'people', 'personnel', 'police', 'staff', 'cattle', 'aircraft', 'livestock', 'crew', 'militia', 'sheep',
  'fish', 'deer', 'troops', 'men', 'women', 'children', 'refugees', 'civilians',
]);

/** Singular noun of an English plural (lower-case input): "casualties" → "casualty". */
export function lemma(word: string): string {
  const w = word.toLowerCase().replace(/['’]s?$/, '');
  if (IRREGULAR.has(w)) return IRREGULAR.get(w)!;
  if (w.length <= 3) return w;
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (/(ss|us|is)$/.test(w)) return w;
  if (/oes$/.test(w) && w.length > 4) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

// (Regular expressions with \p{…} are module constants: the shipped bundle (esbuild, target node20)
// turns each such literal into a `new RegExp(…)` call, which inside a function runs on every call.)
const LETTERS_THEN_S = /^[\p{L}]+s$/u;

/** Looks like an English plural noun: "soldiers", "casualties", "people". */
export function isPluralNoun(low: string): boolean {
  if (COLLECTIVE_NOUNS.has(low) || IRREGULAR.has(low)) return true;
  return low.length > 2 && LETTERS_THEN_S.test(low) && !/(ss|us|is|'s|’s)$/.test(low);
}
