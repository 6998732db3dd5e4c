import type { ChangeStatus } from '../../git/log-commit';
import { DOCUMENT_METADATA_FILES, type CommitFacts, type DocChange } from './commit-facts';

/**
 * Documents followed through their whole history: who added each one, under which name, and every
 * rename and edit after that. Replaying changes oldest first makes authorship survive renames —
 * `0000-retry.md` renamed to `2585-retry.md` is still the file its first author added.
 */

/** A commit that changed a document’s content, with the blobs before and after. */
export interface DocumentEdit {
  readonly commit: CommitFacts;
  readonly oldBlob?: string;
  readonly newBlob?: string;
}

/** A commit that moved a document. */
export interface DocumentRename {
  readonly commit: CommitFacts;
  readonly from: string;
  readonly to: string;
}

/** One document followed through its history, whatever names it had. */
export interface TrackedDocument {
  /** The path it was added under. */
  readonly firstPath: string;
  /** Its latest path (its last path before deletion, if it was deleted). */
  path: string;
  /** The commit that added it; for a file that first appeared through a rename from a non-document name, that commit. */
  readonly added: CommitFacts;
  readonly renames: DocumentRename[];
  /** Content changes after the add (modifications, and renames that also changed the text). */
  readonly edits: DocumentEdit[];
  /** Blob it was added with. */
  readonly firstBlob?: string;
  /** Blob of its latest content: what its header is read from. */
  latestBlob?: string;
  deleted: boolean;
  /** Position in the replay (commits oldest first) of the commit that added it, and of the one that deleted it. */
  readonly addedAt: number;
  deletedAt?: number;
}

/** Every document of a history, and the metadata files that declare authors for their folders. */
export interface DocumentHistory {
  readonly documents: readonly TrackedDocument[];
  /** Latest blob of each metadata file (`kep.yaml`) by the folder it describes. */
  readonly metadataByFolder: ReadonlyMap<string, string>;
}

/** Replays the document changes of `commits`, which must be ordered oldest first (parents before children). */
export function documentHistory(commits: Iterable<CommitFacts>): DocumentHistory {
  const documents: TrackedDocument[] = [];
  const live = new Map<string, TrackedDocument>();
  const metadata = new Map<string, string>();
  let at = 0;
  const add = (commit: CommitFacts, path: string, blob: string | undefined) => {
    const doc: TrackedDocument = { firstPath: path, path, added: commit, renames: [], edits: [], deleted: false, addedAt: at, ...(blob ? { firstBlob: blob, latestBlob: blob } : {}) };
    documents.push(doc);
    live.set(path, doc);
  };
  for (const commit of commits) {
    at++;
    // Read once: a stored commit builds its changes at each read.
    const docs = commit.docs;
    if (!docs) continue;
    const ordered = docs.length === 1 ? docs : [...docs].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
    // Renames first, from a snapshot, so that `a → b` plus `b → a` in one commit swaps cleanly.
    let renamed: Map<string, TrackedDocument | undefined> | undefined;
    for (const ch of ordered) {
      if (ch.status === 'R' && ch.oldPath !== undefined) (renamed ??= new Map()).set(ch.oldPath, live.get(ch.oldPath));
    }
    if (renamed) for (const oldPath of renamed.keys()) live.delete(oldPath);
    for (const ch of ordered) {
      if (isMetadata(ch.path) || (ch.oldPath !== undefined && isMetadata(ch.oldPath))) {
        trackMetadata(metadata, ch);
        continue;
      }
      switch (ch.status) {
        case 'R': {
          const doc = renamed?.get(ch.oldPath ?? '');
          if (!doc) {
            add(commit, ch.path, ch.newBlob);
            break;
          }
          doc.renames.push({ commit, from: ch.oldPath ?? '', to: ch.path });
          if (ch.newBlob !== ch.oldBlob) doc.edits.push(edit(commit, ch));
          doc.path = ch.path;
          if (ch.newBlob) doc.latestBlob = ch.newBlob;
          live.set(ch.path, doc);
          break;
        }
        case 'A':
        case 'C':
          add(commit, ch.path, ch.newBlob);
          break;
        case 'D': {
          const doc = live.get(ch.path);
          if (doc) {
            doc.deleted = true;
            doc.deletedAt = at;
            live.delete(ch.path);
          }
          break;
        }
        default: {
          const doc = live.get(ch.path);
          if (!doc) {
            // History before this commit is missing (shallow clone, or a path filter): it appears here.
            add(commit, ch.path, ch.newBlob);
            break;
          }
          doc.edits.push(edit(commit, ch));
          if (ch.newBlob) doc.latestBlob = ch.newBlob;
        }
      }
    }
  }
  return { documents, metadataByFolder: metadata };
}

const ORDER: Record<ChangeStatus, number> = { R: 0, D: 1, A: 2, C: 2, M: 3, T: 3, U: 3, X: 3, B: 3 };

function edit(commit: CommitFacts, ch: DocChange): DocumentEdit {
  return { commit, ...(ch.oldBlob ? { oldBlob: ch.oldBlob } : {}), ...(ch.newBlob ? { newBlob: ch.newBlob } : {}) };
}

function isMetadata(path: string): boolean {
  return DOCUMENT_METADATA_FILES.has(path.slice(path.lastIndexOf('/') + 1).toLowerCase());
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function trackMetadata(metadata: Map<string, string>, ch: DocChange): void {
  if (ch.oldPath !== undefined) metadata.delete(folderOf(ch.oldPath));
  if (ch.status === 'D') metadata.delete(folderOf(ch.path));
  else if (ch.newBlob && isMetadata(ch.path)) metadata.set(folderOf(ch.path), ch.newBlob);
}

/** A document git saw deleted and then added under another name, taken to be the same one. */
export interface Replacement {
  readonly previous: TrackedDocument;
  readonly next: TrackedDocument;
  /** Which stable identity decided, for reasons: `same declared number (RFC PR 2585)`, `same title "Retry budgets"`. */
  readonly why: string;
}

/** What identifies a document across a delete-and-add: its declared number and its title, from its latest header. */
export interface DocumentIdentity {
  readonly kind: string;
  readonly number?: string;
  readonly title?: string;
}

/**
 * Documents that are one document although git saw a deletion and an addition (a folder replaced
 * without rename detection, a proposal renumbered with its text changed): a document added when
 * one of the same kind had been deleted (in the same commit or before) with the same declared
 * number, or else the same title. Keyed by the later document. A number decides before a title;
 * template titles decide nothing.
 */
export function replacedDocuments(documents: readonly TrackedDocument[], identityOf: (doc: TrackedDocument) => DocumentIdentity | undefined): Map<TrackedDocument, Replacement> {
  const found = new Map<TrackedDocument, Replacement>();
  const deleted = documents.filter((d) => d.deletedAt !== undefined).sort((a, b) => (a.deletedAt ?? 0) - (b.deletedAt ?? 0));
  if (deleted.length === 0) return found;
  const waiting = new Map<string, TrackedDocument[]>();
  const taken = new Set<TrackedDocument>();
  let next = 0;
  for (const doc of [...documents].sort((a, b) => a.addedAt - b.addedAt)) {
    for (; next < deleted.length && (deleted[next]?.deletedAt ?? 0) <= doc.addedAt; next++) {
      const gone = deleted[next] as TrackedDocument;
      for (const key of identityKeys(identityOf(gone))) {
        const list = waiting.get(key.key);
        if (list) list.push(gone);
        else waiting.set(key.key, [gone]);
      }
    }
    for (const key of identityKeys(identityOf(doc))) {
      const candidates = waiting.get(key.key) ?? [];
      // The most recently deleted one that is not the document itself nor already someone's predecessor.
      let previous: TrackedDocument | undefined;
      for (let i = candidates.length - 1; i >= 0 && !previous; i--) {
        const c = candidates[i];
        if (c && c !== doc && !taken.has(c)) previous = c;
      }
      if (!previous) continue;
      taken.add(previous);
      found.set(doc, { previous, next: doc, why: key.why });
      break;
    }
  }
  return found;
}

function identityKeys(id: DocumentIdentity | undefined): { key: string; why: string }[] {
  if (!id) return [];
  const keys: { key: string; why: string }[] = [];
  if (id.number) keys.push({ key: `${id.kind}\u0000n\u0000${id.number.toLowerCase()}`, why: `same declared number (${id.number})` });
  const title = id.title === undefined ? '' : comparableTitle(id.title);
  if (title.length >= 4 && !title.includes('template')) keys.push({ key: `${id.kind}\u0000t\u0000${title}`, why: `same title "${id.title}"` });
  return keys;
}

/** A title as compared: lower case, single spaces, without a leading number label (`RFC 0042: `, `0057 - `, `ADR-7. `). */
function comparableTitle(title: string): string {
  const t = title.toLowerCase().split(/\s+/).filter((w) => w !== '').join(' ');
  const m = /^[a-z-]{0,12} ?#?\d+ ?[:.—–-] ?/.exec(t);
  return m ? t.slice(m[0].length) : t;
}
