// The "where you stand" benchmark's work, bundled by view-model-bench.mjs: synthetic evidence items
// (20,000 by default) over two years, mapped to the built-in framework, then turned into the
// Evidence Map's view model and into the Evidence view's tree (the real tree provider, `vscode`
// replaced by scripts/bench/vscode-stub.mjs). Prints the best CPU and wall times of each step as JSON.
import { DEFAULT_FRAMEWORK } from '../../src/core/framework/default-framework';
import { compileSignals } from '../../src/core/mapping/signal-matcher';
import { mapEvidence } from '../../src/core/mapping/evidence-mapping';
import { noCorrections } from '../../src/core/mapping/evidence-corrections';
import { buildMapViewModel } from '../../src/core/standing/map-view-model';
import type { EvidenceItem } from '../../src/core/evidence/evidence-item';
import type { GrowthModel } from '../../src/core/model/growth-model';
import type { GroupBy } from '../../src/core/evidence/evidence-groups';
import { EvidenceTreeProvider } from '../../src/extension/views/evidence-tree';

const KINDS = ['review', 'review', 'review', 'commits', 'commits', 'mentoring', 'pairing', 'doc', 'rfc', 'adr', 'design-doc', 'two-note', 'incident', 'talk', 'conversation', 'other'];
const WORDS = ['Fix retry budget', 'Migrate ledger export', 'Onboarding guide for payments', 'Postmortem: checkout outage', 'Refactor webhook client', 'Tech talk on tracing', 'Proposal: shared rate limits', 'Cut CI build time'];
const REPOS = ['payments-api', 'ledger-service', 'platform-docs', 'checkout-web', 'risk-engine'];
const PATHS = ['docs/adr/0007-outbox.md', 'proposals/0012-errors.md', 'docs/onboarding/101.md', 'design/limits.md', 'README.md'];

function items(count: number): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  for (let n = 0; n < count; n++) {
    const kind = KINDS[n % KINDS.length] as string;
    const month = 1 + (n % 24);
    const date = `${2025 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
    const repo = REPOS[n % REPOS.length] as string;
    const source = kind === 'two-note' ? 'note' : n % 7 === 0 ? 'ledger' : 'git';
    const doc = ['doc', 'rfc', 'adr', 'design-doc'].includes(kind);
    out.push({
      id: `${source}:${repo}:${n}:${kind}`,
      source,
      kind,
      title: `${WORDS[n % WORDS.length]} #${n}`,
      date,
      ...(source === 'git' ? { repo, sha: n.toString(16).padStart(7, '0') } : {}),
      ...(doc ? { path: PATHS[n % PATHS.length], role: n % 3 === 0 ? 'contributed' : 'authored' } : {}),
      criteria: source === 'ledger' && n % 2 === 0 ? ['leadership'] : [],
      reasons: [`synthetic ${kind}`],
    } as EvidenceItem);
  }
  return out;
}

function best(runs: number, work: () => void): { cpuMs: number; wallMs: number } {
  let cpuMs = Number.POSITIVE_INFINITY;
  let wallMs = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    work();
    wallMs = Math.min(wallMs, performance.now() - wall);
    const used = process.cpuUsage(cpu);
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
  }
  return { cpuMs, wallMs };
}

const count = Number(process.argv[2] ?? 20_000);
const runs = Number(process.argv[3] ?? 5);
const raw = items(count);
const matcher = compileSignals(DEFAULT_FRAMEWORK);
let mapped: readonly EvidenceItem[] = [];
const mapping = best(runs, () => {
  mapped = mapEvidence(raw, DEFAULT_FRAMEWORK, noCorrections(), { matcher }).items;
});
const model: GrowthModel = {
  profile: { name: 'Bench', identities: [], level: 'senior', targetLevel: 'staff', framework: 'builtin:default', repositories: [], window: {}, bots: [], paths: {} },
  framework: DEFAULT_FRAMEWORK,
  assessments: { assessments: [], goals: [] },
  problems: [],
};
let size = 0;
const viewModel = best(runs, () => {
  const vm = buildMapViewModel({ model, items: mapped, window: { since: '2025-01-01', until: '2026-12-31', rule: 'bench' }, repositories: REPOS, notices: [], interactive: true });
  size = JSON.stringify(vm).length;
});
/**
 * What the Evidence view does when it is shown or refreshed, for each grouping: the root's children
 * (groupEvidence and the rows for criteria without evidence), a tree item for each root row, and
 * for each group its first page of children and their tree items (VS Code asks for a group's
 * children when it is expanded; this expands every one, the worst case).
 */
const quiet = { event: () => ({ dispose: () => undefined }) };
const source = { onDidChange: quiet.event, evidence: async () => ({ items: mapped, framework: DEFAULT_FRAMEWORK, snapshot: { model }, forgeSquashMerges: [] }) };
async function treeOnce(by: GroupBy): Promise<number> {
  const grouping = { current: by, onDidChange: quiet.event };
  const provider = new EvidenceTreeProvider(source as never, grouping as never);
  let rows = 0;
  for (const node of await provider.getChildren()) {
    provider.getTreeItem(node);
    rows++;
    for (const child of await provider.getChildren(node)) {
      provider.getTreeItem(child);
      rows++;
    }
  }
  provider.dispose();
  return rows;
}
async function bestAsync(n: number, work: () => Promise<void>): Promise<{ cpuMs: number; wallMs: number }> {
  let cpuMs = Number.POSITIVE_INFINITY;
  let wallMs = Number.POSITIVE_INFINITY;
  for (let r = 0; r < n; r++) {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    await work();
    wallMs = Math.min(wallMs, performance.now() - wall);
    const used = process.cpuUsage(cpu);
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
  }
  return { cpuMs, wallMs };
}
async function main(): Promise<void> {
  const tree: Record<string, { cpuMs: number; wallMs: number; rows: number }> = {};
  for (const by of ['criterion', 'kind', 'month'] as const) {
    let rows = 0;
    const t = await bestAsync(runs, async () => {
      rows = await treeOnce(by);
    });
    tree[by] = { ...t, rows };
  }
  const unmapped = mapped.filter((i) => i.criteria.length === 0).length;
  process.stdout.write(`${JSON.stringify({ count, runs, mapping, viewModel, tree, jsonBytes: size, unmapped })}\n`);
}

void main();
