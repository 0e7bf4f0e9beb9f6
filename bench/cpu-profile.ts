// CPU profile of one piece of work in this process (node:inspector), summarised as self and
// inclusive time per function and per source file: where the time goes, as plain text.
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** [label, self ms, inclusive ms], by inclusive time. */
  functions: Array<[string, number, number]>;
  /** [file, self ms], by self time. */
  files: Array<[string, number]>;
}

export async function profile(work: () => void | Promise<void>): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  await work();
  const { profile: p } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();
  return summarise(p);
}

const shortUrl = (url: string) => url.replace(/^file:\/\//, '').replace(/^.*\/server\/src\//, '').replace(/^.*\/node_modules\//, 'node_modules/');

export function summarise(p: Profile): ProfileSummary {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sampleTime = new Map<number, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = Math.max(0, p.timeDeltas[i] ?? 0);
    sampleTime.set(id, (sampleTime.get(id) ?? 0) + dt);
    total += dt;
  });
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}`.trim();
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  const files = new Map<string, number>();
  for (const [id, t] of sampleTime) {
    const node = byId.get(id)!;
    self.set(label(node), (self.get(label(node)) ?? 0) + t);
    const file = shortUrl(node.callFrame.url) || `(${node.callFrame.functionName || 'vm'})`;
    files.set(file, (files.get(file) ?? 0) + t);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur)!);
      if (seen.has(l)) continue;
      seen.add(l);
      incl.set(l, (incl.get(l) ?? 0) + t);
    }
  }
  const ms = (us: number) => us / 1000;
  return {
    totalMs: ms(total),
    functions: [...incl].map(([l, t]) => [l, ms(self.get(l) ?? 0), ms(t)] as [string, number, number]).sort((a, b) => b[2] - a[2]),
    files: [...files].map(([f, t]) => [f, ms(t)] as [string, number]).sort((a, b) => b[1] - a[1]),
  };
}

export function formatSummary(s: ProfileSummary, top = 25): string {
  const pct = (t: number) => `${((100 * t) / s.totalMs).toFixed(1).padStart(5)}%`;
  const lines = [`profile: ${s.totalMs.toFixed(0)} ms sampled`, 'inclusive   self     function'];
  for (const [l, self, incl] of s.functions.filter(([l]) => !/^\((root|program|idle)\)/.test(l)).slice(0, top)) {
    lines.push(`${pct(incl)} ${pct(self)}  ${l}`);
  }
  lines.push('self time by file');
  for (const [f, t] of s.files.slice(0, 12)) lines.push(`${pct(t)}  ${f}`);
  return lines.join('\n');
}
