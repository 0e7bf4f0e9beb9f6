// The annotation commands shared by the server and the client: server commands (run through
// workspace/executeCommand; the client's palette commands ask the user, then call these) and
// their argument shapes. Plain names and shapes only (no imports), so the client bundle does
// not pull in server code.

/** Server commands. The language client registers each as a VS Code command of the same id. */
export const SERVER_COMMANDS = {
  /** (ReviewArgs) -> AnnotateResult */
  markReviewed: 'crosscheck.server.markReviewed',
  /** (ReviewArgs) -> AnnotateResult */
  undoReview: 'crosscheck.server.undoReview',
  /** (AnnotateArgs) -> AnnotateResult */
  annotate: 'crosscheck.server.annotate',
  /** (TextSpot) -> EntityItem[]: entities to merge the one at the spot with. */
  listEntities: 'crosscheck.server.listEntities',
  /** ({ orphanedOnly?: boolean }) -> AnnotationItem[] */
  listAnnotations: 'crosscheck.server.listAnnotations',
  /** () -> ReviewedItem[] */
  listReviewed: 'crosscheck.server.listReviewed',
  /** ({ id: string }) -> AnnotateResult */
  deleteAnnotation: 'crosscheck.server.deleteAnnotation',
} as const;

/** Client commands (palette entries in package.json); code actions that need input use them. */
export const CLIENT_COMMANDS = {
  markEntity: 'crosscheck.markEntity',
  notEntity: 'crosscheck.notEntity',
  mergeEntity: 'crosscheck.mergeEntity',
  splitMention: 'crosscheck.splitMention',
  setClaimVerdict: 'crosscheck.setClaimVerdict',
  markReviewed: 'crosscheck.markReviewed',
  undoReview: 'crosscheck.undoReview',
  addNote: 'crosscheck.addNote',
  listAnnotations: 'crosscheck.listAnnotations',
  listOrphanedAnnotations: 'crosscheck.listOrphanedAnnotations',
} as const;

export interface Pos {
  line: number;
  character: number;
}

/** A place in a document, as the editor has it (LSP positions). */
export interface TextSpot {
  uri: string;
  range: { start: Pos; end: Pos };
}

export interface ReviewArgs {
  findingId: string;
  note?: string;
}

export type AnnotateArgs =
  | { kind: 'entity'; type: string; at: TextSpot }
  | { kind: 'not-entity'; at: TextSpot }
  | { kind: 'merge'; at: TextSpot; other: TextSpot }
  | { kind: 'split'; at: TextSpot }
  | { kind: 'verdict'; verdict: string; note?: string; at: TextSpot }
  | { kind: 'note'; text: string; at: TextSpot };

export interface AnnotateResult {
  /** What was done, for a status-bar message. */
  message: string;
}

export interface EntityItem {
  id: string;
  name: string;
  type: string;
  /** Number of articles that mention it. */
  sources: number;
  at: TextSpot;
}

export interface AnnotationItem {
  id: string;
  /** The action: entity, not-entity, merge, split, verdict, review, note (or the motivation). */
  kind: string;
  /** One line describing it. */
  label: string;
  /** The quoted words it is attached to. */
  quote: string;
  /** Store-relative path of its article. */
  source: string;
  orphaned: boolean;
  /** Where it is now (absent when orphaned). */
  at?: TextSpot;
}

export interface ReviewedItem {
  findingId: string;
  label: string;
  note?: string;
  /** Where the finding is now, when it still exists. */
  at?: TextSpot;
}
