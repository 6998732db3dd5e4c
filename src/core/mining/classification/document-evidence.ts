import type { EvidenceItem } from '../../evidence/evidence-item';
import { StableIds } from '../../evidence/stable-id';
import { parsePerson } from '../../git/identity';
import { diffKey, inWindow, shortSha, type BlobFacts, type ClassifyContext } from './classify-context';
import type { DocumentHeader } from './document-header';
import { replacedDocuments, type DocumentHistory, type DocumentEdit, type Replacement, type TrackedDocument } from './document-history';
import type { DocumentKind } from './document-kinds';

/**
 * "Substantial" (a later edit that makes someone a contributor rather than a passer-by): across
 * all of the person's edits to a document inside the window, at least SUBSTANTIAL_LINES non-blank
 * lines added or rewritten, or at least SUBSTANTIAL_SHARE of the document's current non-blank
 * lines (and never fewer than SUBSTANTIAL_MIN_LINES). Typo fixes and link updates stay below it; a
 * new section or a rewritten paragraph in a short ADR passes.
 */
export const SUBSTANTIAL_LINES = 20;
/** See SUBSTANTIAL_LINES. */
export const SUBSTANTIAL_SHARE = 0.3;
/** See SUBSTANTIAL_LINES. */
export const SUBSTANTIAL_MIN_LINES = 5;

/** What must be read from the object store before documents can be classified. */
export interface DocumentReads {
  /** Blobs whose header (authors, title, length) is not known yet. */
  readonly headers: string[];
  /** Edits by the person whose size is not known yet: [old blob, new blob]. */
  readonly diffs: [string, string][];
}

interface Classified {
  /** One document across everything git saw of it: parts joined when it was deleted and added again (see `replacedDocuments`). */
  readonly doc: TrackedDocument;
  readonly kind: DocumentKind;
  /** Why earlier parts are the same document, for reasons. */
  readonly sameAs: readonly string[];
}

const classifiedMemo = new WeakMap<DocumentHistory, { ctx: ClassifyContext; list: Classified[]; joined: boolean }>();

/**
 * The documents whose latest path is a document kind; computed once per history and context.
 * Documents deleted and added again are joined once every header is known (`facts` has them).
 */
function classified(history: DocumentHistory, ctx: ClassifyContext, facts: BlobFacts): Classified[] {
  let memo = classifiedMemo.get(history);
  if (!memo || memo.ctx !== ctx) {
    const list: Classified[] = [];
    for (const doc of history.documents) {
      const kind = ctx.documents.kindOf(doc.path);
      if (kind) list.push({ doc, kind, sameAs: [] });
    }
    memo = { ctx, list, joined: false };
    classifiedMemo.set(history, memo);
  }
  if (!memo.joined && memo.list.every(({ doc }) => !doc.latestBlob || facts.headers.has(doc.latestBlob))) {
    memo.list = joinReplaced(memo.list, history, facts);
    memo.joined = true;
  }
  return memo.list;
}

function joinReplaced(list: readonly Classified[], history: DocumentHistory, facts: BlobFacts): Classified[] {
  const kinds = new Map<TrackedDocument, DocumentKind>(list.map((c) => [c.doc, c.kind]));
  const replaced = replacedDocuments([...kinds.keys()], (doc) => {
    const header = (doc.latestBlob && facts.headers.get(doc.latestBlob)) || declaredHeader(doc, history, facts);
    const kind = kinds.get(doc);
    return kind && header ? { kind, ...(header.number ? { number: header.number } : {}), ...(header.title ? { title: header.title } : {}) } : undefined;
  });
  if (replaced.size === 0) return [...list];
  const previousOf = new Map<TrackedDocument, TrackedDocument>();
  const successor = new Map<TrackedDocument, TrackedDocument>();
  for (const r of replaced.values()) {
    previousOf.set(r.next, r.previous);
    successor.set(r.previous, r.next);
  }
  const out: Classified[] = [];
  for (const { doc } of list) {
    if (previousOf.has(doc)) continue;
    const chain = [doc];
    for (let n = successor.get(doc); n; n = successor.get(n)) chain.push(n);
    const last = chain[chain.length - 1] as TrackedDocument;
    out.push({ doc: joined(chain), kind: kinds.get(last) ?? 'doc', sameAs: chain.slice(1).map((part) => sameAsReason(part, replaced.get(part))) });
  }
  return out;
}

/** One view of a document's parts: first author and path from the first, latest content from the last; re-adding counts as an edit. */
function joined(chain: readonly TrackedDocument[]): TrackedDocument {
  const first = chain[0] as TrackedDocument;
  if (chain.length === 1) return first;
  const last = chain[chain.length - 1] as TrackedDocument;
  const edits: DocumentEdit[] = [];
  chain.forEach((part, i) => {
    const before = chain[i - 1];
    if (before) edits.push({ commit: part.added, ...(before.latestBlob ? { oldBlob: before.latestBlob } : {}), ...(part.firstBlob ? { newBlob: part.firstBlob } : {}) });
    edits.push(...part.edits);
  });
  return {
    firstPath: first.firstPath,
    path: last.path,
    added: first.added,
    renames: chain.flatMap((d) => d.renames),
    edits,
    deleted: last.deleted,
    addedAt: first.addedAt,
    ...(first.firstBlob ? { firstBlob: first.firstBlob } : {}),
    ...(last.latestBlob ? { latestBlob: last.latestBlob } : {}),
    ...(last.deletedAt !== undefined ? { deletedAt: last.deletedAt } : {}),
  };
}

function sameAsReason(part: TrackedDocument, r: Replacement | undefined): string {
  const from = r ? r.previous.path : 'an earlier file';
  return `the same document as ${from} (${r?.why ?? 'same identity'}): git saw it deleted and added again as ${part.firstPath} in ${shortSha(part.added.sha)}`;
}

/**
 * Lists the blobs classification will need that `facts` does not have yet. Call it until it asks
 * for nothing: edit sizes are only asked for once a document's header is known (a document its
 * header says the person wrote needs no contribution count).
 */
export function documentReads(history: DocumentHistory, ctx: ClassifyContext, facts: BlobFacts): DocumentReads {
  const headers = new Set<string>();
  const diffs = new Map<string, [string, string]>();
  // Documents are joined (see `classified`) only once every header is known; until then each part
  // asks for what it needs on its own, so that one read serves headers and edit sizes alike.
  for (const { doc } of classified(history, ctx, facts)) {
    const meta = history.metadataByFolder.get(folderOf(doc.path));
    const missing = [doc.latestBlob, meta].filter((b): b is string => b !== undefined && !facts.headers.has(b));
    for (const b of missing) headers.add(b);
    if (missing.length > 0 || authorship(doc, declaredHeader(doc, history, facts), ctx)) continue;
    for (const e of personEdits(doc, ctx)) {
      if (e.oldBlob && e.newBlob && !facts.addedLines.has(diffKey(e.oldBlob, e.newBlob))) diffs.set(diffKey(e.oldBlob, e.newBlob), [e.oldBlob, e.newBlob]);
    }
  }
  return { headers: [...headers], diffs: [...diffs.values()] };
}

/**
 * Documents the person authored (by header declaration, else by first author through renames) or
 * contributed to substantially. Ids are `git:<repo>:doc:<first path>` (`doc-contribution:` for a
 * contribution): the path it was added under survives later renames and a rewritten history. A
 * path added again as a different document gets `~2`, `~3` in history order; every document
 * counts, whoever wrote it and whenever, so the window never changes an id.
 */
export function documentEvidence(history: DocumentHistory, ctx: ClassifyContext, facts: BlobFacts): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  const keys = new StableIds();
  for (const { doc, kind, sameAs } of classified(history, ctx, facts)) {
    const key = keys.claim(doc.firstPath);
    const header = declaredHeader(doc, history, facts);
    const title = (doc.latestBlob && facts.headers.get(doc.latestBlob)?.title) || fileName(doc.path);
    const base = { source: 'git' as const, kind, title, repo: ctx.repo, path: doc.path, criteria: [] };
    const where = () => `its path matches \`${ctx.documents.globFor(doc.path, kind) ?? kind}\` (${kind})`;
    const added = doc.added;
    const authored = authorship(doc, header, ctx);
    if (authored) {
      if (inWindow(added.date, ctx.window)) {
        items.push({ ...base, id: `git:${ctx.repo}:doc:${key}`, date: added.date, sha: added.sha, role: 'authored', reasons: [...authored, ...sameAs, ...renameReasons(doc, ctx), where()] });
      }
      continue;
    }
    const edits = personEdits(doc, ctx);
    const helped = helperReason(doc, facts, ctx);
    if (edits.length === 0 && !helped) continue;
    let lines = 0;
    for (const e of edits) lines += e.oldBlob && e.newBlob ? (facts.addedLines.get(diffKey(e.oldBlob, e.newBlob)) ?? 0) : 0;
    const size = (doc.latestBlob && facts.headers.get(doc.latestBlob)?.lines) || 0;
    const substantial = edits.length > 0 && (lines >= SUBSTANTIAL_LINES || (lines >= SUBSTANTIAL_MIN_LINES && lines >= SUBSTANTIAL_SHARE * size));
    // Named as a helper, the document's latest change dates it: that is the text that names them.
    const last = substantial ? (edits[edits.length - 1]?.commit ?? added) : (doc.edits[doc.edits.length - 1]?.commit ?? added);
    if (!substantial && !(helped && inWindow(last.date, ctx.window))) continue;
    const share = size > 0 ? ` of its ${size}` : '';
    items.push({
      ...base,
      id: `git:${ctx.repo}:doc-contribution:${key}`,
      date: last.date,
      sha: last.sha,
      role: 'contributed',
      reasons: [
        ...(helped ? [helped] : []),
        ...(substantial ? [`you added or rewrote ${lines}${share} non-blank lines in ${edits.length} ${edits.length === 1 ? 'commit' : 'commits'} (latest ${shortSha(last.sha)} on ${last.date})`] : []),
        `${ctx.who(added.author)} added it first${header ? `; its header names ${header.authors.join(', ')}` : ''}`,
        ...sameAs,
        where(),
      ],
    });
  }
  return items;
}

/** Why the document's own header makes the person a contributor ("with input from Ana Lima"), or undefined. */
function helperReason(doc: TrackedDocument, facts: BlobFacts, ctx: ClassifyContext): string | undefined {
  const header = doc.latestBlob ? facts.headers.get(doc.latestBlob) : undefined;
  const mention = header?.helpers?.find((m) => ctx.namesPerson(ctx.parseNamed(m.name, parsePerson)));
  if (!header || !mention) return undefined;
  return `its header names you as a helper, not an author ("${mention.phrase} ${mention.name}" in its ${header.declaredIn ?? 'header'})`;
}

/** Reasons the person authored `doc`, or undefined when they did not. A header declaration decides; otherwise the first author does. */
function authorship(doc: TrackedDocument, header: DocumentHeader | undefined, ctx: ClassifyContext): string[] | undefined {
  const added = doc.added;
  if (header) {
    const named = header.authors.filter((a) => ctx.namesPerson(ctx.parseNamed(a, parsePerson)));
    if (named.length === 0) return undefined;
    return [
      `its header names you as an author (${header.declaredIn}: ${header.authors.join(', ')})`,
      `added as ${doc.firstPath} by ${ctx.who(added.author)} in ${shortSha(added.sha)} on ${added.date}`,
    ];
  }
  // A shallow clone's boundary commit shows every file as added: that says nothing about who wrote them.
  if (added.boundary || !ctx.isPersonAuthor(added.author)) return undefined;
  return [`you added it as ${doc.firstPath} in ${shortSha(added.sha)} on ${added.date}`];
}

function renameReasons(doc: TrackedDocument, ctx: ClassifyContext): string[] {
  return doc.renames.map(
    (r) => `renamed ${r.from} → ${r.to} by ${ctx.who(r.commit.author)} in ${shortSha(r.commit.sha)}; a rename does not change who wrote it`,
  );
}

/** The header that declares the document's authors: its own, or its folder's `kep.yaml`. */
function declaredHeader(doc: TrackedDocument, history: DocumentHistory, facts: BlobFacts): DocumentHeader | undefined {
  const own = doc.latestBlob ? facts.headers.get(doc.latestBlob) : undefined;
  if (own && own.authors.length > 0) return own;
  const meta = history.metadataByFolder.get(folderOf(doc.path));
  const metaHeader = meta ? facts.headers.get(meta) : undefined;
  return metaHeader && metaHeader.authors.length > 0 ? metaHeader : undefined;
}

/** The person's content edits to `doc` inside the window, oldest first (merges carry no changes). */
function personEdits(doc: TrackedDocument, ctx: ClassifyContext): DocumentEdit[] {
  if (doc.edits.length === 0) return [];
  return doc.edits.filter((e) => ctx.isPersonAuthor(e.commit.author) && inWindow(e.commit.date, ctx.window));
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
