// The packet benchmark's body, bundled by packet-bench.mjs: builds N synthetic evidence items,
// maps them, builds the Evidence Map's view model and renders the packet; prints timings as JSON.
import type { EvidenceItem } from '../../src/core/evidence/evidence-item';
import { DEFAULT_FRAMEWORK } from '../../src/core/framework/default-framework';
import { noCorrections } from '../../src/core/mapping/evidence-corrections';
import { mapEvidence } from '../../src/core/mapping/evidence-mapping';
import { renderPacket } from '../../src/core/packet/packet-service';
import { buildMapViewModel } from '../../src/core/standing/map-view-model';

const KINDS = ['rfc', 'adr', 'design-doc', 'doc', 'review', 'mentoring', 'pairing', 'commits', 'talk', 'incident', 'conversation', 'feedback'];

function items(n: number): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  for (let i = 0; i < n; i++) {
    const kind = KINDS[i % KINDS.length] ?? 'other';
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    const date = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const sha = (i * 2654435761).toString(16).padStart(40, '0').slice(-40);
    out.push(
      i % 3 === 0
        ? { id: `ledger:growth/ledger/2026-${String(month).padStart(2, '0')}.md:${i}`, source: 'ledger', kind, title: `Entry ${i} about <things> & [links]`, date, path: `growth/ledger/2026-${String(month).padStart(2, '0')}.md`, line: 3 + i, criteria: ['communication'], reasons: [`ledger entry tagged #${kind}`] }
        : { id: `git:svc-${i % 7}:${sha}:${kind}`, source: 'git', kind, title: `feat(area-${i % 40}): change ${i}`, date, repo: `svc-${i % 7}`, sha, ...(kind === 'rfc' || kind === 'adr' ? { path: `docs/${kind}/${i}.md` } : {}), criteria: [], reasons: [`recognised as ${kind}`] },
    );
  }
  return out;
}

const n = Number(process.argv[2] ?? 20000);
const input = items(n);
const cpu = process.cpuUsage();
const started = performance.now();
const mapped = mapEvidence(input, DEFAULT_FRAMEWORK, noCorrections());
const mappedAt = performance.now();
const model = buildMapViewModel({
  model: { profile: { name: 'Bench', identities: [], level: 'senior', targetLevel: 'staff', framework: 'builtin:default', repositories: [], window: {}, bots: [], paths: {} }, framework: DEFAULT_FRAMEWORK, assessments: { assessments: [], goals: [] }, problems: [] },
  items: mapped.items,
  window: { since: '2025-12-01', until: '2026-11-30', rule: 'bench' },
  repositories: ['svc-0', 'svc-1', 'svc-2', 'svc-3', 'svc-4', 'svc-5', 'svc-6'],
  notices: [],
  interactive: false,
});
const modelAt = performance.now();
const repositories = Array.from({ length: 7 }, (_, i) => ({ name: `svc-${i}`, remoteUrl: `git@github.com:acme/svc-${i}.git` }));
const packet = renderPacket({ model, date: '2026-12-01', repositories, planFile: 'growth/plan.md' });
const done = performance.now();
const used = process.cpuUsage(cpu);
process.stdout.write(
  `${JSON.stringify({ items: n, evidence: model.evidence.length, mapMs: mappedAt - started, modelMs: modelAt - mappedAt, packetMs: done - modelAt, totalMs: done - started, cpuMs: (used.user + used.system) / 1000, bytes: packet.length })}\n`,
);
