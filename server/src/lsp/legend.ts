// The semantic token legend. The order is the wire format (token type and modifier indices);
// the manifest's `semanticTokenTypes`/`semanticTokenModifiers` must name the same strings
// (a test checks it).
import type { TokenKind, TokenModifier } from '../core/api';

export const TOKEN_TYPES: readonly TokenKind[] = [
  'person', 'organization', 'place', 'event', 'misc', 'date', 'quantity', 'quote', 'claim',
];

export const TOKEN_MODIFIERS: readonly TokenModifier[] = ['conflicted', 'corroborated', 'unique'];

export const LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };
