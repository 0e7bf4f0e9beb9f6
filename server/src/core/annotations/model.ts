// User annotations as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): the same
// JSON-LD that Hypothesis and Recogito store, so the store travels to other tools. Each
// Crosscheck action is one motivation plus a body (the README's "Annotations" section has the
// table); `actionOf` reads an annotation back as the action the core applies.
import type { EntityType } from '../model';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Offsets in Unicode code points, as the W3C model counts them (not UTF-16). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** A span of one article: `source` is its path relative to the store's folder (or a uri in the core). */
export interface SpecificResource {
  type?: 'SpecificResource';
  source: string;
  selector: Selector[];
  purpose?: string;
}

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose?: string;
  format?: string;
}

export type Body = TextualBody | SpecificResource;

export interface Agent {
  type?: string;
  name?: string;
}

export type Motivation = 'classifying' | 'linking' | 'identifying' | 'assessing' | 'moderating' | 'commenting';

export interface Annotation {
  '@context': string;
  id: string;
  type: 'Annotation';
  motivation: Motivation | string;
  body: Body[];
  target: SpecificResource;
  creator?: Agent;
  /** ISO 8601 timestamps; `modified` decides which of two versions of one annotation wins. */
  created: string;
  modified: string;
}

export const ENTITY_CHOICES = ['person', 'organization', 'place', 'event', 'misc'] as const;
export type EntityChoice = (typeof ENTITY_CHOICES)[number];
export const VERDICTS = ['verified', 'disputed', 'unverified'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What an annotation asks the core to do. */
export type Action =
  /** Mark a span as an entity of this type, or change a mention's type. */
  | { kind: 'entity'; type: EntityChoice }
  | { kind: 'not-entity' }
  /** The target mention and the `other` mention are one entity. */
  | { kind: 'merge'; other: SpecificResource }
  /** The target mention is not the entity of the `from` mention. */
  | { kind: 'split'; from: SpecificResource }
  | { kind: 'verdict'; verdict: Verdict; note?: string }
  | { kind: 'review'; findingId: string; note?: string }
  | { kind: 'note'; text: string };

export const NOT_AN_ENTITY = 'not-an-entity';
export const DISTINCT = 'distinct';
export const REVIEWED = 'reviewed';

/** Who and when, supplied by the host (the core reads no clock and makes no random ids). */
export interface Stamp {
  id: string;
  now: string;
  creator?: Agent;
}

/** Reviews have an id derived from the finding, so two reviews of one finding are one annotation. */
export const reviewAnnotationId = (findingId: string) => `urn:crosscheck:review:${findingId}`;

const text = (value: string, purpose: string): TextualBody => ({ type: 'TextualBody', value, purpose });

/** The motivation and body that stand for an action. */
export function encodeAction(action: Action): { motivation: Motivation; body: Body[] } {
  switch (action.kind) {
    case 'entity':
      return { motivation: 'classifying', body: [text(action.type, 'classifying')] };
    case 'not-entity':
      return { motivation: 'classifying', body: [text(NOT_AN_ENTITY, 'classifying')] };
    case 'merge':
      return { motivation: 'linking', body: [{ ...resource(action.other), purpose: 'identifying' }] };
    case 'split':
      return { motivation: 'identifying', body: [text(DISTINCT, 'identifying'), { ...resource(action.from), purpose: 'identifying' }] };
    case 'verdict':
      return { motivation: 'assessing', body: [text(action.verdict, 'assessing'), ...noteBody(action.note)] };
    case 'review':
      return { motivation: 'moderating', body: [text(REVIEWED, 'moderating'), text(action.findingId, 'identifying'), ...noteBody(action.note)] };
    case 'note':
      return { motivation: 'commenting', body: [text(action.text, 'commenting')] };
  }
}

function noteBody(note: string | undefined): TextualBody[] {
  return note && note.trim() ? [text(note.trim(), 'commenting')] : [];
}

function resource(r: SpecificResource): SpecificResource {
  return { type: 'SpecificResource', source: r.source, selector: r.selector };
}

export function createAnnotation(action: Action, target: SpecificResource, stamp: Stamp): Annotation {
  const { motivation, body } = encodeAction(action);
  const out: Annotation = {
    '@context': W3C_CONTEXT,
    id: stamp.id,
    type: 'Annotation',
    motivation,
    body,
    target: resource(target),
    created: stamp.now,
    modified: stamp.now,
  };
  if (stamp.creator) out.creator = stamp.creator;
  return out;
}

const textual = (a: Annotation, purpose: string) =>
  a.body.filter((b): b is TextualBody => b.type === 'TextualBody' && (b.purpose ?? purpose) === purpose).map((b) => b.value);
const resources = (a: Annotation) => a.body.filter((b): b is SpecificResource => b.type !== 'TextualBody' && typeof (b as SpecificResource).source === 'string');

/** Reads an annotation as a Crosscheck action; undefined for annotations of other tools or shapes. */
export function actionOf(a: Annotation): Action | undefined {
  const note = textual(a, 'commenting')[0];
  switch (a.motivation) {
    case 'classifying': {
      const value = textual(a, 'classifying')[0];
      if (value === NOT_AN_ENTITY) return { kind: 'not-entity' };
      return (ENTITY_CHOICES as readonly string[]).includes(value) ? { kind: 'entity', type: value as EntityChoice } : undefined;
    }
    case 'linking': {
      const other = resources(a)[0];
      return other ? { kind: 'merge', other: resource(other) } : undefined;
    }
    case 'identifying': {
      const from = resources(a)[0];
      return from && textual(a, 'identifying').includes(DISTINCT) ? { kind: 'split', from: resource(from) } : undefined;
    }
    case 'assessing': {
      const verdict = textual(a, 'assessing').find((v) => (VERDICTS as readonly string[]).includes(v));
      return verdict ? { kind: 'verdict', verdict: verdict as Verdict, ...(note ? { note } : {}) } : undefined;
    }
    case 'moderating': {
      if (!textual(a, 'moderating').includes(REVIEWED)) return undefined;
      const findingId = textual(a, 'identifying')[0];
      return findingId ? { kind: 'review', findingId, ...(note ? { note } : {}) } : undefined;
    }
    case 'commenting':
      return note !== undefined ? { kind: 'note', text: note } : undefined;
  }
  return undefined;
}

export function quoteOf(r: SpecificResource): TextQuoteSelector | undefined {
  const q = selectors(r).find((s): s is TextQuoteSelector => s?.type === 'TextQuoteSelector');
  return q && typeof q.exact === 'string' ? q : undefined;
}

export function positionOf(r: SpecificResource): TextPositionSelector | undefined {
  const p = selectors(r).find((s): s is TextPositionSelector => s?.type === 'TextPositionSelector');
  return p && Number.isFinite(p.start) && Number.isFinite(p.end) ? p : undefined;
}

const selectors = (r: SpecificResource | undefined): Selector[] => (Array.isArray(r?.selector) ? r.selector : []);

/** Which entity types an action may set (dates and figures come from rules, not from users). */
export function isEntityChoice(t: EntityType | string): t is EntityChoice {
  return (ENTITY_CHOICES as readonly string[]).includes(t);
}
