import { diffKey, type BlobFacts } from './classify-context';
import type { DocumentReads } from './document-evidence';
import { readDocumentHeader } from './document-header';
import { addedLines } from './line-diff';

/**
 * Streams blob texts by id to `onText`, in the order asked (git's `cat-file --batch` answers in
 * order); a missing or binary blob comes as `undefined`. Ids it never answers count as missing.
 */
export type BlobTextReader = (ids: readonly string[], onText: (id: string, text: string | undefined) => void) => Promise<void>;

/**
 * Reads what `reads` names and records it in `facts`: each header as its blob streams by, each
 * edit's size as soon as both of its texts are in. A text is held only until the edits that need
 * it are counted, so a history with thousands of long documents never has their texts in memory
 * at once (they were, in one map: tens of megabytes on a synthetic million-commit history with
 * short documents, and ten times that with real ones). Edits are asked for first, old text then
 * new, so the two halves of an edit stream by one after the other.
 */
export async function readDocumentBlobs(reads: DocumentReads, pathOf: ReadonlyMap<string, string>, facts: BlobFacts, readBlobs: BlobTextReader): Promise<void> {
  const headers = new Set(reads.headers);
  const pairs = reads.diffs;
  /** For each id an edit needs, the edits (indexes into `pairs`) still waiting for it. */
  const waiting = new Map<string, number[]>();
  const wanted = new Set<string>();
  pairs.forEach(([a, b], k) => {
    for (const id of a === b ? [a] : [a, b]) {
      const list = waiting.get(id);
      if (list) list.push(k);
      else waiting.set(id, [k]);
    }
    wanted.add(a).add(b);
  });
  for (const id of headers) wanted.add(id);
  const held = new Map<string, string | undefined>();
  const counted = new Uint8Array(pairs.length);
  const count = (k: number): void => {
    const [a, b] = pairs[k] as [string, string];
    counted[k] = 1;
    const after = held.get(b);
    facts.addedLines.set(diffKey(a, b), after === undefined ? 0 : addedLines(held.get(a), after));
  };
  const release = (id: string, k: number): void => {
    const list = waiting.get(id);
    if (!list) return;
    list.splice(list.indexOf(k), 1);
    if (list.length === 0) {
      waiting.delete(id);
      held.delete(id);
    }
  };
  const header = (id: string, text: string | undefined): void => {
    headers.delete(id);
    facts.headers.set(id, text === undefined ? { authors: [], lines: 0 } : readDocumentHeader(text, pathOf.get(id) ?? 'document.md'));
  };
  await readBlobs([...wanted], (id, text) => {
    if (headers.has(id)) header(id, text);
    const list = waiting.get(id);
    // Git answers each id once; should an id come twice, its first answer stands.
    if (!list || held.has(id)) return;
    held.set(id, text);
    for (const k of [...list]) {
      const [a, b] = pairs[k] as [string, string];
      if (counted[k] || !held.has(a) || !held.has(b)) continue;
      count(k);
      release(a, k);
      if (b !== a) release(b, k);
    }
  });
  // Whatever was never answered is missing: an empty header, an edit of unknown size (0).
  for (const id of headers) header(id, undefined);
  for (let k = 0; k < pairs.length; k++) if (!counted[k]) count(k);
}
