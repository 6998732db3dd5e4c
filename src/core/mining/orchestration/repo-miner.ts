import type { EvidenceItem } from '../../evidence/evidence-item';
import { botRule, identityMatcher, type BotRule } from '../../git/identity';
import { parseMailmap, type Mailmap, type PersonName } from '../../git/mailmap';
import { ClassifyContext } from '../classification/classify-context';
import { commitEvidence } from '../classification/commit-evidence';
import { DOCUMENT_METADATA_FILES } from '../classification/commit-facts';
import { addForgeSquashDays, addToSummaries, summaryItems, type SummaryGroup } from '../classification/commit-summary';
import type { BlobFacts } from '../classification/classify-context';
import { classifyDocuments, classifyHistory, type BlobTextReader, type Classification } from '../classification/evidence-classifier';
import { memoKey, type EvidenceMemo } from '../cache/evidence-memo';
import { DEFAULT_EXCLUDED_GLOBS, documentClassifier, type DocumentClassifier } from '../classification/document-kinds';
import { boundarySignature, type FactCache, type RepositoryInfo } from '../git-history-port';
import { readFacts, tipRelation, updateHistory } from './history-update';
import type { CacheUse, MiningDeps, MiningOptions, MiningPhase, MiningProblem, RepoStats } from '../mining-types';

/** One repository's evidence (whole history: the caller applies the window), how it went, and what to tell the person. */
export interface RepoResult {
  readonly items: EvidenceItem[];
  /** Absent when the repository failed before it could be mined. */
  readonly stats?: RepoStats;
  readonly problems: MiningProblem[];
}

/** What `mineRepository` works on. */
export interface RepoJob {
  readonly info: RepositoryInfo;
  /** Unique name used in evidence ids. */
  readonly name: string;
  readonly options: MiningOptions;
  readonly deps: MiningDeps;
}

type StatsOf = (cache: CacheUse, commitsRead: number, commitsTotal: number, items: number, forgeSquashDays: Readonly<Record<string, number>>) => RepoStats;

/** Everything about one run in one repository except its history. */
interface Setup {
  readonly info: RepositoryInfo & { readonly head: string };
  readonly name: string;
  readonly options: MiningOptions;
  readonly deps: MiningDeps;
  readonly mailmap: Mailmap;
  readonly bots: BotRule;
  readonly key: string;
  readonly growthRoot: string;
  /** One instance per run: kinds found while history streams are remembered for classification. */
  readonly documents: DocumentClassifier;
  readonly progress: (phase: MiningPhase, commitsRead: number) => void;
  /** Where this repository's problems are collected (returned with its result). */
  readonly problems: MiningProblem[];
}

/**
 * Mines one repository. Fastest first: an unchanged repository is answered from the result memo;
 * new commits are added to the memo (loading only document commits if they touch a document);
 * anything else (other options, rewritten history, no memo) loads the cached facts, reads what is
 * new from git and classifies the whole history.
 */
export async function mineRepository(job: RepoJob): Promise<RepoResult> {
  const { info, name, options, deps } = job;
  const started = (deps.now ?? Date.now)();
  const problems: MiningProblem[] = [];
  const stats: StatsOf = (cache, commitsRead, commitsTotal, items, forgeSquashDays) => ({
    repo: name,
    path: info.root,
    ...(info.head ? { head: info.head } : {}),
    shallow: info.shallow,
    cache,
    commitsRead,
    commitsTotal,
    items,
    forgeSquashDays,
    durationMs: Math.round((deps.now ?? Date.now)() - started),
  });
  const head = info.head;
  if (!head) {
    problems.push({ repo: info.path, severity: 'info', code: 'empty', message: 'the repository has no commits yet, so there is nothing to mine: evidence appears after its first commit' });
    return { items: [], stats: stats('off', 0, 0, 0, {}), problems };
  }
  const cache = options.noCache ? undefined : deps.cache;
  const [memo, mailmapText] = await Promise.all([cache?.loadMemo(info.root), deps.reader.readMailmap(info, options.signal)]);
  const growthRoot = (options.growthRoot ?? 'growth').replace(/^\/+|\/+$/g, '') || 'growth';
  const excluded = [...DEFAULT_EXCLUDED_GLOBS, ...(options.excludePaths ?? []), `${growthRoot}/**`];
  const setup: Setup = {
    info: { ...info, head },
    name,
    options,
    deps,
    mailmap: parseMailmap(mailmapText),
    bots: botRule(options.bots ?? []),
    key: memoKey({
      repo: name,
      identities: options.identities,
      bots: options.bots ?? [],
      paths: options.paths ?? {},
      excluded,
      growthRoot,
      boundary: boundarySignature(info),
      ...(mailmapText !== undefined ? { mailmap: mailmapText } : {}),
    }),
    growthRoot,
    documents: documentClassifier(options.paths ?? {}, excluded),
    progress: (phase, commitsRead) => options.onProgress?.({ repo: info.path, commitsRead, phase }),
    problems,
  };
  const result = await fromMemoOrHistory(setup, memo, stats);
  if (info.shallow) {
    // No commit count here: the text is shown once per session, and a number would make every run's text new.
    problems.push({
      repo: info.path,
      severity: 'warning',
      code: 'shallow',
      message:
        'this is a shallow clone, so only its fetched commits were mined: older documents count only when their header names their authors, and the oldest fetched commit is not summarised. Run `git fetch --unshallow` in it to mine the whole history.',
    });
  }
  if (info.partialFilter !== undefined) problems.push(partialCloneProblem(info.path, info.partialFilter));
  return { ...result, problems };
}

/** Commits with an unusable author date, by sha: mined, but counted in no evidence window. */
export function undatedProblem(repo: string, shas: readonly string[]): MiningProblem {
  const listed = shas.slice(0, 5).map((s) => s.slice(0, 12));
  const more = shas.length > listed.length ? ` and ${shas.length - listed.length} more` : '';
  const which = `${shas.length === 1 ? 'commit' : `${shas.length} commits`} ${listed.join(', ')}${more}`;
  return {
    repo,
    severity: 'warning',
    code: 'bad-commit',
    message: `${which} ${shas.length === 1 ? 'has' : 'have'} no readable author date (missing, negative, or beyond year 9999): the rest of the history was mined, and ${shas.length === 1 ? 'it counts' : 'they count'} in no evidence window. \`git cat-file -p <sha>\` shows the raw commit.`,
  };
}

/** What a partial clone could not give, in words: nothing is ever fetched to fill the gaps. */
export function partialCloneProblem(repo: string, filter: string): MiningProblem {
  const treeless = filter.startsWith('tree:') || filter.startsWith('sparse:');
  const message = treeless
    ? `this is a partial clone without trees (filter ${filter}), and Growth Ledger never fetches missing objects: reviews, merges, pairing, mentoring and your own commits were mined from commit messages, but which files each commit changed is not in this clone, so documents were not mined and your commits are not grouped by the area they touched. Clone it with \`--filter=blob:none\` (or without a filter) to mine them.`
    : `this is a partial clone (filter ${filter}), and Growth Ledger never fetches missing objects: documents whose contents are not in this clone are credited from history alone (their headers were not read), and a rename with edits counts as a new document.`;
  return { repo, severity: 'warning', code: 'partial', message };
}

async function fromMemoOrHistory(setup: Setup, memo: EvidenceMemo | undefined, stats: StatsOf): Promise<{ items: EvidenceItem[]; stats: RepoStats }> {
  if (memo && memo.key === setup.key) {
    if (memo.tip === setup.info.head) {
      setup.progress('done', 0);
      const items = [...memo.documents, ...memo.commits, ...summaryItems(memo.groups, setup.name)];
      return { items, stats: stats('hit', 0, memo.commitsTotal, items.length, memo.forgeSquashDays) };
    }
    const added = await onTopOfMemo(setup, memo);
    if (added) return { items: added.items, stats: stats('incremental', added.read, memo.commitsTotal + added.read, added.items.length, added.forgeSquashDays) };
  }
  return fullRun(setup, stats);
}

/**
 * New commits on top of the memo's tip: reviews, pairing and summaries are added to the memo; when
 * a new commit touches a document, document evidence is recomputed from the document commits
 * alone. The full history is never loaded.
 */
async function onTopOfMemo(s: Setup, memo: EvidenceMemo): Promise<{ items: EvidenceItem[]; read: number; forgeSquashDays: Record<string, number> } | undefined> {
  const { reader, cache } = s.deps;
  const signal = s.options.signal;
  if (!cache || (await tipRelation(reader, s.info, memo.tip, s.info.head, signal)) !== 'ahead') return undefined;
  s.progress('log', 0);
  const read = await readFacts(reader, s.info, { include: [s.info.head], exclude: [memo.tip] }, undefined, {
    useCache: true,
    ...(signal ? { signal } : {}),
    onCommits: (n) => s.progress('log', n),
  });
  // New commits on top of a memo are few: held as objects.
  const added = [...read.commits];
  // A merge of an old branch needs its tip's author; a new name changes who matches everywhere.
  if (added.some((c) => c.mergedTip !== undefined && !c.mergedAuthor)) return undefined;
  const learned = namesCommittedUnder(read.commits.authors(), s.options.identities, s.mailmap, s.bots);
  if (learned.some((n) => !memo.learnedNames.includes(n))) return undefined;
  const ctx = context(s, memo.learnedNames);
  let documents = memo.documents;
  let blobs: BlobFacts | undefined;
  if (added.some((c) => c.docs)) {
    s.progress('documents', added.length);
    const facts = await cache.loadDocumentFacts(s.info.root);
    if (!facts || facts.tip !== memo.tip) return undefined;
    const classified = await classifyDocuments([...facts.commits, ...added.filter((c) => c.docs)], facts.blobs, ctx, blobReader(s));
    documents = classified.items;
    if (classified.blobsChanged) blobs = facts.blobs;
  }
  const groups = new Map<string, SummaryGroup>(memo.groups.map((g) => [`${g.area}\u0000${g.month}`, { ...g, types: { ...g.types } }]));
  addToSummaries(groups, added, ctx);
  const commits = [...memo.commits, ...commitEvidence(added, ctx, memo.commits.map((i) => i.id))];
  const forgeSquashDays = addForgeSquashDays({ ...memo.forgeSquashDays }, added, ctx);
  const next: EvidenceMemo = { ...memo, tip: s.info.head, commitsTotal: memo.commitsTotal + added.length, documents, commits, groups: [...groups.values()], forgeSquashDays };
  await cache.save(s.info.root, {
    tip: s.info.head,
    boundary: boundarySignature(s.info),
    append: { previousTip: memo.tip, commits: read.commits },
    ...(blobs ? { blobs } : {}),
    memo: next,
  });
  // Said only on this path's success: a fallback to a full run reads (and reports) them again.
  if (read.undated.length > 0) s.problems.push(undatedProblem(s.info.path, read.undated));
  s.progress('done', added.length);
  return { items: [...documents, ...commits, ...summaryItems(groups.values(), s.name)], read: added.length, forgeSquashDays };
}

/** Streams blob texts for classification through the git reader. */
function blobReader(s: Setup): BlobTextReader {
  return (ids, onText) => s.deps.reader.readBlobs(s.info, ids, (b) => onText(b.id, b.text), s.options.signal);
}

async function fullRun(s: Setup, stats: StatsOf): Promise<{ items: EvidenceItem[]; stats: RepoStats }> {
  const cache = s.options.noCache ? undefined : s.deps.cache;
  const run = await classifyWholeHistory(s, cache);
  // The history itself is out of reach from here on: only the evidence and its figures are kept.
  if (cache) {
    const memo: EvidenceMemo = {
      key: s.key,
      tip: s.info.head,
      commitsTotal: run.commitsTotal,
      documents: run.classification.documents,
      commits: run.classification.commits,
      groups: [...run.classification.groups.values()],
      learnedNames: run.learnedNames,
      forgeSquashDays: run.classification.forgeSquashDays,
    };
    // Second step: the blob facts and the memo, on top of the facts saved first.
    await cache.save(s.info.root, { tip: s.info.head, boundary: boundarySignature(s.info), ...(run.blobs ? { blobs: run.blobs } : {}), memo });
  }
  s.progress('done', run.commitsRead);
  const { classification } = run;
  const items = [...classification.documents, ...classification.commits, ...summaryItems(classification.groups.values(), s.name)];
  return { items, stats: stats(run.cacheUse, run.commitsRead, run.commitsTotal, items.length, classification.forgeSquashDays) };
}

/**
 * Brings the history up to HEAD, saves its facts, and classifies it. The history's facts are
 * written before classifying and dropped on return, so a long history's facts, the writing of
 * them and the evidence found are never all in memory at once.
 */
async function classifyWholeHistory(
  s: Setup,
  cache: FactCache | undefined,
): Promise<{ classification: Classification; learnedNames: string[]; commitsRead: number; commitsTotal: number; cacheUse: CacheUse; blobs?: BlobFacts }> {
  s.progress(cache ? 'cache' : 'log', 0);
  const documents = s.documents;
  const history = await updateHistory(s.deps.reader, cache, s.info, s.info.head, {
    useCache: cache !== undefined,
    wantsHeader: (path) => isMetadataFile(path) || documents.kindOf(path) !== undefined,
    ...(s.options.signal ? { signal: s.options.signal } : {}),
    onCommits: (n) => s.progress('log', n),
  });
  if (history.undated && history.undated.length > 0) s.problems.push(undatedProblem(s.info.path, history.undated));
  if (history.discarded) {
    s.problems.push({ repo: s.info.path, severity: 'info', code: 'cache-rebuilt', message: `the evidence cache was unreadable (${history.discarded}) and was rebuilt` });
  }
  // First step: the commit facts (a new segment and the manifest), while nothing else is held.
  if (cache && history.update) await cache.save(s.info.root, history.update);
  s.progress('documents', history.commitsRead);
  const learnedNames = namesCommittedUnder(history.commits.authors(), s.options.identities, s.mailmap, s.bots);
  const classification = await classifyHistory(history.commits, history.blobs, context(s, learnedNames), blobReader(s));
  s.progress('classify', history.commitsRead);
  const blobsChanged = classification.blobsChanged || history.blobsAdded || history.update?.replace !== undefined;
  return {
    classification,
    learnedNames,
    commitsRead: history.commitsRead,
    commitsTotal: history.commits.length,
    cacheUse: history.cacheUse,
    ...(blobsChanged ? { blobs: history.blobs } : {}),
  };
}

function isMetadataFile(path: string): boolean {
  return DOCUMENT_METADATA_FILES.has(path.slice(path.lastIndexOf('/') + 1).toLowerCase());
}

function context(s: Setup, learnedNames: readonly string[]): ClassifyContext {
  // The whole history is classified (no window): the memo then stays valid as days pass, and the
  // caller filters by date.
  return new ClassifyContext(
    s.name,
    identityMatcher([...s.options.identities, ...learnedNames], s.mailmap),
    s.bots,
    s.documents,
    {},
    // A growth folder nested deeper shares its top-level area with other work and is kept.
    s.growthRoot.includes('/') ? [] : [s.growthRoot],
  );
}

/**
 * The names the person has committed under, found through their listed emails (from the distinct
 * authors of a history, not from every commit): a profile that
 * lists only emails still recognises "Ana Lima" in an `Authors:` header or a name-only trailer.
 */
function namesCommittedUnder(authors: Iterable<PersonName>, identities: readonly string[], mailmap: Mailmap, bots: BotRule): string[] {
  const emails = identities.filter((i) => i.includes('@') && !i.startsWith('@'));
  if (emails.length === 0) return [];
  const byEmail = identityMatcher(emails, mailmap);
  const names = new Set<string>();
  for (const author of authors) {
    if (author.name.trim() === '' || bots.isBot(author) || !byEmail.isPerson({ name: '', email: author.email })) continue;
    names.add(author.name);
    names.add(mailmap.resolve(author.name, author.email).name);
  }
  return [...names].sort();
}
