// Finding ids derived from content, not position: the rule, the document and the words involved.
// Inserting a paragraph elsewhere keeps the id; changing the conflicting value changes it, so a
// review recorded against the id disappears exactly when the conflict itself changes.
import { shortHash } from '../hash';

export function stableId(rule: string, uri: string, words: readonly string[]): string {
  const file = uri.slice(uri.lastIndexOf('/') + 1);
  return `${rule}:${shortHash(`${file}\u0000${words.join('\u0000')}`)}`;
}

