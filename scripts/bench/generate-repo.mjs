// Generates the benchmark's synthetic history with `git fast-import`: 100k commits by ~200 people
// and a few bots, pull-request merges, review/co-author/mentoring trailers in mixed case, code in
// many areas, and document trees (RFCs renamed from 0000-, ADRs, design docs, docs with Author
// headers). Deterministic: the same version always produces the same repository.
import { spawn } from 'node:child_process';

/** Bump when the shape changes, so machines regenerate. */
export const GENERATOR_VERSION = 3;

/** The benchmark's person: ~1% of commits, named in some trailers, author of some documents. */
export const BENCH_IDENTITY = 'ana.lima@bench.example';

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ana', 'Ben', 'Chen', 'Dara', 'Eli', 'Fatima', 'Goran', 'Hana', 'Ivan', 'Jun', 'Kofi', 'Lena', 'Mateo', 'Nia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tara'];
const LAST = ['Lima', 'Stone', 'Okafor', 'Novak', 'Ito', 'Haddad', 'Berg', 'Silva', 'Kim', 'Moreau'];
const AREAS = ['api', 'web', 'billing', 'auth', 'search', 'infra', 'mobile', 'data', 'ml', 'payments', 'notifications', 'reports'];
const TYPES = ['feat', 'fix', 'refactor', 'test', 'docs', 'chore', 'perf', 'ci', 'build'];

/**
 * Writes the history into `gitDir` (a bare repository created beforehand) and resolves with the
 * number of commits written.
 */
export function generateRepository(gitDir, totalCommits = 100_000) {
  const random = rng(20261120);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const people = [];
  for (const f of FIRST) for (const l of LAST) people.push({ name: `${f} ${l}`, email: `${f}.${l}@bench.example`.toLowerCase() });
  const ana = people[0];
  const bots = [
    { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' },
    { name: 'k8s-ci-robot', email: 'k8s-ci-robot@bench.example' },
  ];
  const author = () => {
    const r = random();
    if (r < 0.01) return ana;
    if (r < 0.03) return pick(bots);
    return pick(people);
  };
  const sig = (p) => `${p.name} <${p.email}>`;
  const child = spawn('git', ['--git-dir', gitDir, 'fast-import', '--quiet', '--done'], { stdio: ['pipe', 'inherit', 'inherit'] });
  const chunks = [];
  let pending = 0;
  const write = (s) => {
    chunks.push(s);
    pending += s.length;
  };
  const flush = () =>
    new Promise((resolve) => {
      const ok = child.stdin.write(chunks.join(''));
      chunks.length = 0;
      pending = 0;
      if (ok) resolve();
      else child.stdin.once('drain', resolve);
    });
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;

  const files = new Map(); // path -> version
  const docs = []; // live doc paths
  const draftRfcs = []; // rfcs/0000-*.md awaiting a number
  let rfcNumber = 1;
  let time = Date.UTC(2014, 0, 1) / 1000;
  let mark = 0;
  let mainTip = 0;
  let pr = 1;
  let written = 0;

  const fileContent = (path, version) => `// ${path}\n// version ${version}\nexport const v${version % 97} = ${version};\n${'// filler line\n'.repeat(1 + (version % 5))}`;
  const docContent = (path, title, authors, version) =>
    `# ${title}\n\n${authors ? `Author(s): ${authors}\n` : ''}Status: draft\n\n## Summary\n\n${`Paragraph ${version} about ${title}.\n`.repeat(3 + (version % 7))}`;

  const codeChange = () => {
    const area = pick(AREAS);
    const path = random() < 0.8 ? `services/${area}/src/module-${Math.floor(random() * 25)}.ts` : `services/${area}/test/module-${Math.floor(random() * 12)}.test.ts`;
    const v = (files.get(path) ?? 0) + 1;
    files.set(path, v);
    return `M 100644 inline ${path}\n${data(fileContent(path, v))}`;
  };
  const docChange = (who, onBranch = false) => {
    const r = random();
    if (!onBranch && r < 0.15 && draftRfcs.length > 0) {
      // Someone else numbers a draft RFC: a rename that must not move authorship.
      const from = draftRfcs.shift();
      const to = from.replace('/0000-', `/${String(rfcNumber++).padStart(4, '0')}-`);
      docs[docs.indexOf(from)] = to;
      return `R ${from} ${to}\n`;
    }
    if (r < 0.55 || docs.length < 20) {
      const kind = pick(['rfcs', 'adr', 'design', 'docs', 'docs/guides']);
      const slug = `${pick(AREAS)}-${pick(['retry', 'cache', 'sharding', 'limits', 'schema', 'rollout', 'quotas'])}-${mark}`;
      const path = kind === 'rfcs' ? `rfcs/text/0000-${slug}.md` : `${kind}/${slug}.md`;
      const coauthors = random() < 0.3 ? `${sig(who)}, ${sig(pick(people))}` : '';
      docs.push(path);
      if (kind === 'rfcs') draftRfcs.push(path);
      return `M 100644 inline ${path}\n${data(docContent(path, slug.replace(/-/g, ' '), coauthors, mark))}`;
    }
    const path = pick(docs);
    return `M 100644 inline ${path}\n${data(docContent(path, path, '', mark + 1))}`;
  };
  const message = (who) => {
    const type = pick(TYPES);
    let msg = `${type}(${pick(AREAS)}): ${pick(['handle', 'add', 'remove', 'tune', 'document'])} ${pick(['retries', 'limits', 'caching', 'errors', 'metrics'])} #${mark}\n\nSome explanation of the change, wrapped\nover two lines.\n`;
    const trailers = [];
    const r = random();
    if (r < 0.3) trailers.push(`${pick(['Reviewed-by', 'Reviewed-By', 'reviewed-by'])}: ${sig(random() < 0.03 ? ana : pick(people))}`);
    if (random() < 0.05) trailers.push(`Co-authored-by: ${sig(random() < 0.05 ? ana : pick(people))}`);
    if (random() < 0.02) trailers.push(`Mentored-by: ${sig(random() < 0.1 ? ana : pick(people))}`);
    if (random() < 0.03) trailers.push(`Acked-by: ${sig(pick(people))}`);
    if (random() < 0.2) trailers.push(`Signed-off-by: ${sig(who)}`);
    if (trailers.length > 0) msg += `\n${trailers.join('\n')}\n`;
    return msg;
  };
  const commit = (ref, who, msg, changes, from, merge) => {
    mark++;
    time += 600 + Math.floor(random() * 3600);
    written++;
    write(`commit ${ref}\nmark :${mark}\nauthor ${sig(who)} ${time} +0000\ncommitter ${sig(who)} ${time} +0000\n${data(msg)}`);
    if (from) write(`from :${from}\n`);
    if (merge) write(`merge :${merge}\n`);
    write(changes.join(''));
    write('\n');
    return mark;
  };

  return (async () => {
    while (written < totalCommits) {
      if (random() < 0.12 && written + 4 < totalCommits) {
        // A pull request: 1-3 commits on a topic branch, merged by someone (sometimes a bot) with a GitHub subject.
        const who = author();
        const n = 1 + Math.floor(random() * 3);
        let tip = mainTip;
        const touched = [];
        for (let i = 0; i < n; i++) {
          const changes = [codeChange()];
          if (random() < 0.1) changes.push(docChange(who, true));
          touched.push(...changes);
          tip = commit('refs/heads/topic', who, message(who), changes, tip || undefined);
        }
        const merger = random() < 0.15 ? bots[1] : random() < 0.02 ? ana : pick(people);
        const branch = `${who.name.split(' ')[0].toLowerCase()}/change-${pr}`;
        // Main has not moved, so the merge's tree is the branch tip's: restate the branch's changes.
        mainTip = commit('refs/heads/main', merger, `Merge pull request #${pr++} from ${branch}\n\n${pick(TYPES)}: ${pick(['retry', 'cache', 'schema'])} work\n`, touched, mainTip || undefined, tip);
      } else {
        const who = author();
        const changes = [codeChange()];
        if (random() < 0.5) changes.push(codeChange());
        if (random() < 0.06) changes.push(docChange(who));
        mainTip = commit('refs/heads/main', who, message(who), changes, mainTip || undefined);
      }
      if (pending > 1 << 20) await flush();
    }
    write('done\n');
    await flush();
    child.stdin.end();
    await new Promise((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}`)))));
    return written;
  })();
}
