// Numbers as news prose writes them: digit groups ("18,000", "2.5") and English number
// words ("nine", "twenty-five", "three hundred and fifty", "a dozen", "1.2 million").
// Shared by the date and quantity extractors so both read "three days later" and
// "three million" the same way.
import { dict, isHyphen, type Tok } from './scan';

const UNITS = dict<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
const TENS = dict<number>({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
/** Scale words after a figure; "m"/"bn" style suffixes are read by the quantity extractor. */
export const SCALES = dict<number>({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});

export interface NumberRead {
  value: number;
  /** Index one past the last token used. */
  next: number;
  /** The figure was written in words. */
  words: boolean;
  /** Decimal places written ("2.5" → 1); 0 for words and integers. */
  decimals: number;
  /** Scale word used ("million" → 1e6), 1 if none: lets callers know "15 million" is rounded. */
  scale: number;
}

/** Every word that can start a number written in words. */
export const NUMBER_WORDS: readonly string[] = [...UNITS.keys(), ...TENS.keys(), 'dozen', 'a', 'an', 'half'];

export function isNumberWord(low: string): boolean {
  return UNITS.has(low) || TENS.has(low) || low === 'dozen';
}

/** Value of a digit group such as "18,000" or "2.5"; NaN for dates, times and malformed groups. */
export function digitValue(text: string): { value: number; decimals: number } {
  if (/[/:]/.test(text)) return { value: NaN, decimals: 0 };
  if (text.includes(',')) {
    // Thousands separators only: 1,234 or 1,234,567.89
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return { value: NaN, decimals: 0 };
    text = text.replace(/,/g, '');
  }
  const dot = text.indexOf('.');
  if (dot >= 0 && text.indexOf('.', dot + 1) >= 0) return { value: NaN, decimals: 0 };
  return { value: Number(text), decimals: dot >= 0 ? text.length - dot - 1 : 0 };
}

/** Value of the number words starting at toks[i] ("twenty-five", "three hundred and ten"). */
function readWords(toks: readonly Tok[], i: number): NumberRead | undefined {
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  let lastScale = 1;
  while (j < toks.length) {
    const t = toks[j];
    if (t.kind !== 'w') break;
    const w = t.low;
    if (UNITS.has(w) || TENS.has(w)) {
      if (any && current % 100 !== 0 && !(current >= 20 && current % 10 === 0 && UNITS.has(w))) break;
      let v = UNITS.get(w) ?? TENS.get(w) ?? 0;
      // "twenty-five"
      if (TENS.has(w) && isHyphen(toks[j + 1]) && toks[j + 1].tight && toks[j + 2]?.tight && UNITS.has(toks[j + 2].low) &&
        UNITS.get(toks[j + 2].low)! < 10) {
        v += UNITS.get(toks[j + 2].low)!;
        j += 2;
      }
      current += v;
      any = true;
      lastScale = 1; // "three hundred and ten" is written to the unit
      j++;
      continue;
    }
    if (w === 'hundred' && any) {
      current = (current || 1) * 100;
      lastScale = 100;
      j++;
      continue;
    }
    if ((w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion') && any) {
      total += (current || 1) * SCALES.get(w)!;
      current = 0;
      lastScale = SCALES.get(w)!;
      j++;
      continue;
    }
    if (w === 'dozen' && any && current > 0 && current < 100) {
      current *= 12;
      j++;
      continue;
    }
    // "three hundred and fifty"
    if (w === 'and' && any && (current >= 100 || total > 0) && toks[j + 1] && (UNITS.has(toks[j + 1].low) || TENS.has(toks[j + 1].low))) {
      j++;
      continue;
    }
    break;
  }
  if (!any) return undefined;
  return { value: total + current, next: j, words: true, decimals: 0, scale: lastScale };
}

/**
 * The number starting at toks[i], with a following scale word ("1.2 million", "two billion",
 * "a dozen", "a hundred"). Undefined when toks[i] does not start a number.
 */
export function readNumber(toks: readonly Tok[], i: number): NumberRead | undefined {
  const t = toks[i];
  if (!t) return undefined;
  if (t.kind === 'n') {
    const { value, decimals } = digitValue(t.text);
    if (!Number.isFinite(value)) return undefined;
    const n = toks[i + 1];
    if (n && n.kind === 'w' && !n.tight && SCALES.has(n.low)) {
      return { value: value * SCALES.get(n.low)!, next: i + 2, words: false, decimals, scale: SCALES.get(n.low)! };
    }
    if (n && n.kind === 'w' && !n.tight && n.low === 'dozen') return { value: value * 12, next: i + 2, words: false, decimals, scale: 1 };
    return { value, next: i + 1, words: false, decimals, scale: 1 };
  }
  if (t.kind !== 'w') return undefined;
  // "a dozen", "a hundred", "a million"
  if ((t.low === 'a' || t.low === 'an') && toks[i + 1]?.kind === 'w') {
    const w = toks[i + 1].low;
    if (w === 'dozen') return { value: 12, next: i + 2, words: true, decimals: 0, scale: 1 };
    if (SCALES.has(w)) {
      // "a hundred and twenty"
      if (w === 'hundred' && toks[i + 2]?.low === 'and' && toks[i + 3]) {
        const more = readWords(toks, i + 3);
        if (more && more.value < 100) return { value: 100 + more.value, next: more.next, words: true, decimals: 0, scale: 1 };
      }
      return { value: SCALES.get(w)!, next: i + 2, words: true, decimals: 0, scale: SCALES.get(w)! };
    }
    return undefined;
  }
  // "half a million"
  if (t.low === 'half' && toks[i + 1]?.low === 'a' && toks[i + 2] && SCALES.has(toks[i + 2].low) && toks[i + 2].low !== 'hundred') {
    const s = SCALES.get(toks[i + 2].low)!;
    return { value: s / 2, next: i + 3, words: true, decimals: 0, scale: s };
  }
  return readWords(toks, i);
}
