// The user's annotations as the Workspace sees them: each one read as an action, anchored in
// the current text of its article (cached per text, so unchanged articles are not searched
// again), and turned into what the analysis needs: corrections per document, merge/split
// constraints for resolution, the set of reviewed finding ids, and notes and verdicts by span.
import type { DocumentAnalysis, Span } from '../model';
import { mentionKey } from '../resolve/cluster';
import type { ResolutionConstraints } from '../resolve/constraints';
import { anchorQuote, type Anchor } from './anchor';
import { mentionFor, type Correction } from './apply';
import { actionOf, positionOf, quoteOf, type Action, type Annotation, type SpecificResource } from './model';
import { fromCodePoints } from './selectors';

export type SourceResolver = (source: string) => string;

export interface AnchoredAnnotation {
  annotation: Annotation;
  /** undefined for annotations Crosscheck does not act on (other tools' motivations). */
  action?: Action;
  /** The target article's uri. */
  uri: string;
  /** Where the target sits in the article's current text; absent when orphaned. */
  span?: Span;
  method?: Anchor['method'];
  /** The quote fits nowhere in the article, or the article is not in the workspace. */
  orphaned: boolean;
}

interface Entry {
  annotation: Annotation;
  action?: Action;
  uri: string;
}

interface TextAnchors {
  text: string;
  anchors: Map<string, Anchor | null>;
}

type Docs = ReadonlyMap<string, DocumentAnalysis>;

export class AnnotationLayer {
  private entries: Entry[] = [];
  private byUri = new Map<string, Entry[]>();
  private reviewed = new Map<string, Annotation>();
  private resolve: SourceResolver = (s) => s;
  private readonly cache = new Map<string, TextAnchors>();
  /** Changes whenever the annotations that change resolution (merges, splits) change. */
  resolutionKey = '';
  /** Changes whenever the set of reviewed findings changes. */
  reviewKey = '';

  set(list: readonly Annotation[], resolve: SourceResolver): void {
    this.resolve = resolve;
    this.entries = [];
    for (const annotation of list) {
      // Hosts hand over parsed store lines, but the core takes nothing on trust.
      if (typeof annotation?.target?.source !== 'string' || !Array.isArray(annotation.target.selector) || !Array.isArray(annotation.body)) continue;
      let uri: string;
      try {
        uri = resolve(annotation.target.source);
      } catch {
        continue;
      }
      this.entries.push({ annotation, action: safeAction(annotation), uri });
    }
    this.byUri = new Map();
    this.reviewed = new Map();
    for (const e of this.entries) {
      const list = this.byUri.get(e.uri);
      if (list) list.push(e);
      else this.byUri.set(e.uri, [e]);
      if (e.action?.kind === 'review') this.reviewed.set(e.action.findingId, e.annotation);
    }
    const sig = (kinds: string[]) =>
      this.entries.filter((e) => e.action && kinds.includes(e.action.kind)).map((e) => `${e.annotation.id}@${e.annotation.modified}`).sort().join('|');
    this.resolutionKey = sig(['merge', 'split']);
    this.reviewKey = [...this.reviewed.keys()].sort().join('|');
  }

  get size(): number {
    return this.entries.length;
  }

  reviewedFindings(): ReadonlyMap<string, Annotation> {
    return this.reviewed;
  }

  /** Entity corrections for one document, anchored in its text, oldest first. */
  corrections(doc: DocumentAnalysis): Correction[] {
    const out: Array<Correction & { modified: string }> = [];
    for (const e of this.byUri.get(doc.uri) ?? []) {
      const a = e.action;
      if (a?.kind !== 'entity' && a?.kind !== 'not-entity') continue;
      const span = this.anchor(doc.uri, doc.text, e.annotation.target);
      if (span) out.push({ start: span.start, end: span.end, set: a.kind === 'entity' ? a.type : 'none', modified: e.annotation.modified });
    }
    out.sort((x, y) => (x.modified < y.modified ? -1 : x.modified > y.modified ? 1 : 0));
    return out.map(({ start, end, set }) => ({ start, end, set }));
  }

  /** Merges and splits as pairs of mention keys, over the corrected documents. */
  constraints(docs: Docs): ResolutionConstraints {
    const mustLink: Array<[string, string]> = [];
    const cannotLink: Array<[string, string]> = [];
    for (const e of this.entries) {
      const a = e.action;
      if (a?.kind !== 'merge' && a?.kind !== 'split') continue;
      const self = this.mentionKeyOf(docs, e.uri, e.annotation.target);
      const other = this.mentionKeyOf(docs, this.resolve(a.kind === 'merge' ? a.other.source : a.from.source), a.kind === 'merge' ? a.other : a.from);
      if (!self || !other || self === other) continue;
      (a.kind === 'merge' ? mustLink : cannotLink).push([self, other]);
    }
    return { mustLink, cannotLink };
  }

  private mentionKeyOf(docs: Docs, uri: string, r: SpecificResource): string | undefined {
    const doc = docs.get(uri);
    const span = doc && this.anchor(uri, doc.text, r);
    const m = span && mentionFor(doc, span);
    return m ? mentionKey(uri, m.id) : undefined;
  }

  /** Every annotation with its place in the current texts (orphans included), by article then position. */
  anchored(docs: Docs, uri?: string): AnchoredAnnotation[] {
    const entries = uri === undefined ? this.entries : this.byUri.get(uri) ?? [];
    const out = entries.map((e): AnchoredAnnotation => {
      const doc = docs.get(e.uri);
      const anchor = doc ? this.anchor(e.uri, doc.text, e.annotation.target) : undefined;
      return anchor
        ? { ...e, span: { start: anchor.start, end: anchor.end }, method: anchor.method, orphaned: false }
        : { ...e, orphaned: true };
    });
    return out.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : (a.span?.start ?? -1) - (b.span?.start ?? -1)));
  }

  /** Anchored annotations of `uri` whose span overlaps `span`. */
  overlapping(docs: Docs, uri: string, span: Span): AnchoredAnnotation[] {
    return this.anchored(docs, uri).filter((a) => a.span && a.span.start < span.end && span.start < a.span.end);
  }

  private anchor(uri: string, text: string, r: SpecificResource): Anchor | undefined {
    const quote = quoteOf(r);
    if (!quote) return undefined;
    let entry = this.cache.get(uri);
    if (!entry || entry.text !== text) this.cache.set(uri, (entry = { text, anchors: new Map() }));
    const pos = positionOf(r);
    const key = JSON.stringify([quote.exact, quote.prefix ?? '', quote.suffix ?? '', pos?.start ?? -1]);
    let found = entry.anchors.get(key);
    if (found === undefined) {
      found = safeAnchor(text, quote, pos ? fromCodePoints(text, pos.start) : undefined) ?? null;
      entry.anchors.set(key, found);
    }
    return found ?? undefined;
  }

  /** Forgets anchors of articles that left the workspace. */
  forget(uri: string): void {
    this.cache.delete(uri);
  }
}

function safeAction(a: Annotation): Action | undefined {
  try {
    return actionOf(a);
  } catch {
    return undefined;
  }
}

function safeAnchor(text: string, quote: Parameters<typeof anchorQuote>[1], hint: number | undefined): Anchor | undefined {
  try {
    return anchorQuote(text, quote, hint);
  } catch {
    return undefined;
  }
}
