// quantity-mismatch: sources give different figures for the same event: casualties, money,
// durations ("a nine-year war" / "a decade-long war"). Figures compare as ranges with their
// qualifiers ("nearly four years" agrees with "four years"; "over 15,000" with "16,000"), and
// only within one unit family.
import { compareQuantities } from '../extract/compare';
import type { QuantityValue } from '../model';
import { factConflicts } from './fact-mismatch';
import type { Rule } from './rule';

export const quantityMismatch: Rule = {
  id: 'quantity-mismatch',
  defaultSeverity: 'warning',
  description: 'Sources give different figures for the same event.',
  run: (ctx) => factConflicts(ctx, 'quantity', (a, b) => compareQuantities(a as QuantityValue, b as QuantityValue), 'Figure for'),
};
