// date-mismatch: sources give different dates for the same event about the same entities
// ("signed on 3 May" / "signed on 5 May"). Dates are compared as intervals, so values that agree
// at different precision ("June 2022" / "2022") never conflict, and relative dates count only when
// the article's own dateline resolves them.
import { factConflicts } from './fact-mismatch';
import type { FactRule } from './rule';

export const dateMismatch: FactRule = {
  id: 'date-mismatch',
  defaultSeverity: 'warning',
  description: 'Sources give different dates for the same event.',
  unit: 'fact',
  check: (ctx, fact) => factConflicts(ctx, fact, 'date', 'Date of'),
};
