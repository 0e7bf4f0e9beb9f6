// Every rule, in one list. Adding a rule: write rules/<id>.ts (header comment: what and why),
// rules/<id>.test.ts beside it, and add it here.
import type { Rule } from './rule';
import { dateMismatch } from './date-mismatch';
import { implausibleDate } from './implausible-date';
import { nameMismatch } from './name-mismatch';
import { quantityMismatch } from './quantity-mismatch';
import { quoteMismatch } from './quote-mismatch';
import { spellingVariant } from './spelling-variant';
import { titleMismatch } from './title-mismatch';

export const RULES: readonly Rule[] = [
  nameMismatch,
  spellingVariant,
  titleMismatch,
  dateMismatch,
  quantityMismatch,
  quoteMismatch,
  implausibleDate,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
