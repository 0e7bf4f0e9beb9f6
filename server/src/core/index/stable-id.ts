// Finding ids derived from content, not position: the rule, the document and the words involved.
// Inserting a paragraph elsewhere keeps the id; changing the conflicting value changes it, so a
// review recorded against the id disappears exactly when the conflict itself changes.

export function stableId(rule: string, uri: string, words: readonly string[]): string {
  const file = uri.slice(uri.lastIndexOf('/') + 1);
  return `${rule}:${fnv1a(`${file}\u0000${words.join('\u0000')}`)}`;
}

function fnv1a(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0').slice(0, 4);
}
