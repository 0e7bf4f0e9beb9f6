// quantity-mismatch: sources give different figures for the same event: casualties, money,
// durations ("a seven-year war" / "a twelve-year war"). Figures compare as ranges with their
// qualifiers ("nearly six years" agrees with "six years"; "over 18,000" with "19,000"), and
// only within one unit family.
import { factConflicts } from './fact-mismatch';
import type { FactRule } from './rule';

export const quantityMismatch: FactRule = {
  id: 'quantity-mismatch',
  defaultSeverity: 'warning',
  description: 'Sources give different figures for the same event.',
  unit: 'fact',
  check: (ctx, fact) => factConflicts(ctx, fact, 'quantity', 'Figure for'),
};
