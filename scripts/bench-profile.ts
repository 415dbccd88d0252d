/**
 * Where the dev server's time goes while it serves an edit: a summary of a V8
 * CPU profile taken through the inspector from the moment the article file
 * changed to the moment its new text was served.
 * Used by `npm run bench -- --dev-profile`.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** What a sample is charged to: a package, a file of ours, or V8's own (GC, idle, program). */
export function bucketOf(url: string, functionName: string): string {
  const inPackage = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inPackage) return inPackage[1]!;
  const ours = url.match(/\/(src|scripts|content)\/.+$/);
  if (ours) return `ours: ${ours[0].slice(1)}`;
  if (url.startsWith('node:') || url === '') return functionName.startsWith('(') ? functionName : `node: ${url.replace(/^node:/, '') || 'internal'}`;
  return url;
}

export interface ProfileSummary {
  windowMs: number;
  buckets: { name: string; ms: number; share: number }[];
  functions: { name: string; ms: number }[];
}

/** Self time per bucket and per function. */
export function summariseProfile(profile: CpuProfile, top = 12): ProfileSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const perBucket = new Map<string, number>();
  const perFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    const bucket = bucketOf(frame.url, frame.functionName);
    perBucket.set(bucket, (perBucket.get(bucket) ?? 0) + delta);
    const name = `${frame.functionName || '(anonymous)'} ${bucket}:${frame.lineNumber + 1}`;
    perFunction.set(name, (perFunction.get(name) ?? 0) + delta);
    total += delta;
  });
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  return {
    windowMs: (profile.endTime - profile.startTime) / 1000,
    buckets: sorted(perBucket).map(([name, micros]) => ({ name, ms: micros / 1000, share: total ? micros / total : 0 })),
    functions: sorted(perFunction).map(([name, micros]) => ({ name, ms: micros / 1000 })),
  };
}
