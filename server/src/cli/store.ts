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

export function applyStore(workspace: Workspace, store: AnnotationStore): void {
  workspace.setAnnotations(store.annotations(), (source) => uriOfSource(store.root, source));
}
