// A reviewer's word on entity resolution, applied after the automatic passes: must-link pairs
// ("these two names are one person") join the two entities; cannot-link pairs ("this mention is
// someone else") take the first mention out of the entity it shares with the second. A
// cannot-link is never undone by a must-link, so a split survives a later merge of its entity.
import type { Mention } from '../model';
import { UnionFind } from './union-find';

export interface ResolutionConstraints {
  /** Pairs of mention keys (`uri#mentionId`) that name one entity. */
  mustLink: ReadonlyArray<readonly [string, string]>;
  /** [moved, other]: `moved` is not the entity of `other`. */
  cannotLink: ReadonlyArray<readonly [string, string]>;
}

export interface ConstrainedNode {
  uri: string;
  mention: Mention;
}

export interface NodeGroup<R> {
  nodes: ConstrainedNode[];
  reasons?: Set<R>;
}

const keyOf = (n: ConstrainedNode) => `${n.uri}#${n.mention.id}`;

/** Regroups the nodes under the constraints; groups joined by a must-link get `userReason`. */
export function applyConstraints<R>(groups: ReadonlyArray<NodeGroup<R>>, constraints: ResolutionConstraints, userReason: R): Array<NodeGroup<R>> {
  const groupOf = new Map<string, number>();
  const nodeOf = new Map<string, ConstrainedNode>();
  groups.forEach((g, i) => g.nodes.forEach((n) => {
    groupOf.set(keyOf(n), i);
    nodeOf.set(keyOf(n), n);
  }));
  let count = groups.length;
  for (const [moved, other] of constraints.cannotLink) {
    const g = groupOf.get(moved);
    if (g !== undefined && g === groupOf.get(other)) groupOf.set(moved, count++);
  }
  const uf = new UnionFind(count);
  const apart = constraints.cannotLink.filter(([a, b]) => groupOf.has(a) && groupOf.has(b));
  const joined = new Set<number>();
  for (const [a, b] of constraints.mustLink) {
    const ga = groupOf.get(a);
    const gb = groupOf.get(b);
    if (ga === undefined || gb === undefined) continue;
    const ra = uf.find(ga);
    const rb = uf.find(gb);
    if (ra === rb) continue;
    const breaks = apart.some(([x, y]) => {
      const rx = uf.find(groupOf.get(x)!);
      const ry = uf.find(groupOf.get(y)!);
      return (rx === ra && ry === rb) || (rx === rb && ry === ra);
    });
    if (breaks) continue;
    joined.add(uf.union(ra, rb));
  }
  const out = new Map<number, NodeGroup<R>>();
  for (const [key, g] of groupOf) {
    const root = uf.find(g);
    let group = out.get(root);
    if (!group) out.set(root, (group = { nodes: [] }));
    group.nodes.push(nodeOf.get(key)!);
    const reasons = g < groups.length ? groups[g].reasons : undefined;
    if (reasons?.size) for (const r of reasons) (group.reasons ??= new Set()).add(r);
  }
  for (const root of joined) {
    const group = out.get(uf.find(root));
    if (group) (group.reasons ??= new Set()).add(userReason);
  }
  return [...out.values()];
}
