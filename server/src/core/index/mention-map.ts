// Values by mention: (document uri, mention id) -> V, kept per document. The index looks
// entities up by mention about a million times in a 10,000-article build; a key string
// `${uri}#${id}` made per lookup had to be built, flattened and hashed every time, and kept
// ~40 MB of such keys alive. Here the uri and the id are strings the analyses already hold
// (their hashes are computed once).
export interface ReadonlyMentionMap<V> {
  get(uri: string, mentionId: string): V | undefined;
}

export class MentionMap<V> implements ReadonlyMentionMap<V> {
  private readonly byDoc = new Map<string, Map<string, V>>();

  get(uri: string, mentionId: string): V | undefined {
    return this.byDoc.get(uri)?.get(mentionId);
  }

  set(uri: string, mentionId: string, value: V): void {
    this.document(uri).set(mentionId, value);
  }

  /** The document's map (mention id -> V), made if it has none: for setting many at once. */
  document(uri: string): Map<string, V> {
    let doc = this.byDoc.get(uri);
    if (!doc) this.byDoc.set(uri, (doc = new Map()));
    return doc;
  }

  delete(uri: string, mentionId: string): void {
    const doc = this.byDoc.get(uri);
    if (!doc) return;
    doc.delete(mentionId);
    if (doc.size === 0) this.byDoc.delete(uri);
  }
}
