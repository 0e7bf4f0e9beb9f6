// A pure function of a string, remembered: resolution, the rules and the index ask for the same
// few thousand names and sentences again and again, across documents and index updates.
// Bounded (forgets everything once full): a bound on memory, not a cache policy.
export function remembered<T>(fn: (key: string) => T, limit = 50_000): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    let r = seen.get(key);
    if (r === undefined && !seen.has(key)) {
      if (seen.size >= limit) seen.clear();
      seen.set(key, (r = fn(key)));
    }
    return r as T;
  };
}
