// The annotation store as the CLI finds and applies it: the nearest `.crosscheck/annotations.jsonl`
// from the articles' folder up (else a new one in the current folder, or the articles' folder
// when the current folder is not above it), with unreadable lines reported as warnings.
import { isAbsolute, relative } from 'node:path';
import type { Workspace } from '../core/workspace';
import { AnnotationStore, findStoreRoot, uriOfSource } from '../node/annotation-store';

export async function openStore(articlesRoot: string, cwd: string, warn: (line: string) => void): Promise<AnnotationStore> {
  const rel = relative(cwd, articlesRoot);
  const cwdIsAbove = !rel.startsWith('..') && !isAbsolute(rel);
  const store = new AnnotationStore(await findStoreRoot(articlesRoot, cwdIsAbove ? cwd : articlesRoot));
  await store.load();
  for (const e of store.errors()) warn(`${store.path}:${e.line}: unreadable annotation, ignored: ${e.message}`);
  return store;
}

/** Applies the store; annotations on these articles that no longer fit their words are named (they stay in the store). */
export function applyStore(workspace: Workspace, store: AnnotationStore, warn: (line: string) => void): void {
  workspace.setAnnotations(store.annotations(), (source) => uriOfSource(store.root, source));
  for (const a of workspace.annotations()) {
    if (!a.orphaned || !workspace.has(a.uri)) continue;
    const quote = a.annotation.target.selector.find((s) => s.type === 'TextQuoteSelector');
    warn(`annotation ${a.annotation.id} no longer fits ${a.annotation.target.source} (“${quote && 'exact' in quote ? quote.exact.slice(0, 60) : ''}” not found); kept, not applied`);
  }
}
