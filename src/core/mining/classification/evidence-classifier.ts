import { nextTurn } from '../../async/next-turn';
import type { EvidenceItem } from '../../evidence/evidence-item';
import type { BlobFacts, ClassifyContext } from './classify-context';
import type { CommitFacts } from './commit-facts';
import { scanCommits } from '../history/commit-sequence';
import { CommitEvidenceFinder } from './commit-evidence';
import { addForgeSquashDay, addToSummary, type SummaryGroup } from './commit-summary';
import { readDocumentBlobs, type BlobTextReader } from './document-blob-reads';
import { documentEvidence, documentReads } from './document-evidence';
import { documentHistory } from './document-history';

export type { BlobTextReader } from './document-blob-reads';

/** What classifying a history produced. */
export interface Classification {
  /** Documents authored or contributed to. */
  readonly documents: EvidenceItem[];
  /** Reviews, mentoring and pairing. */
  readonly commits: EvidenceItem[];
  /** The person's own commits, as running totals (see `summaryItems`). */
  readonly groups: Map<string, SummaryGroup>;
  /** Squash and rebase merges made on a forge, per day (see `addForgeSquashDays`). */
  readonly forgeSquashDays: Record<string, number>;
  /** Whether blob facts were added (the cache should be written back). */
  readonly blobsChanged: boolean;
}

/**
 * Turns one repository's commit facts into evidence for one person: documents (authored or
 * contributed), reviews, mentoring, pairing, the totals behind summaries of their own commits, and
 * the forge squash merges per day. One pass over the history feeds every classifier (a history of
 * a million commits is read once, one commit at a time); documents are then classified from the
 * commits that changed them. Blob contents the cache does not know yet are read through
 * `readBlobs` and added to `blobs`.
 */
export async function classifyHistory(
  commits: Iterable<CommitFacts>,
  blobs: BlobFacts,
  ctx: ClassifyContext,
  readBlobs: BlobTextReader,
): Promise<Classification> {
  const documentCommits: CommitFacts[] = [];
  const groups = new Map<string, SummaryGroup>();
  const found = new CommitEvidenceFinder(ctx);
  const forgeSquashDays: Record<string, number> = {};
  // A turn of the event loop before each long step and within the scan (see `nextTurn`).
  await nextTurn();
  // The classifiers copy what they keep (strings, shared authors); only document commits are kept whole.
  await scanCommits(commits, (c, keep) => {
    if (c.docs) documentCommits.push(keep());
    addToSummary(groups, c, ctx);
    found.add(c);
    addForgeSquashDay(forgeSquashDays, c, ctx);
  });
  const documents = await classifyDocuments(documentCommits, blobs, ctx, readBlobs);
  await nextTurn();
  return { documents: documents.items, commits: found.items, groups, forgeSquashDays, blobsChanged: documents.blobsChanged };
}

/**
 * Document evidence alone. It depends only on the commits that changed documents (oldest first;
 * other commits may be left out), so it can be recomputed from those (a few percent of a history)
 * when a new commit touches a document.
 */
export async function classifyDocuments(
  commits: Iterable<CommitFacts>,
  blobs: BlobFacts,
  ctx: ClassifyContext,
  readBlobs: BlobTextReader,
): Promise<{ items: EvidenceItem[]; blobsChanged: boolean }> {
  const history = documentHistory(commits);
  let blobsChanged = false;
  // Headers first, then the edit sizes that only matter once authorship is known: two passes in
  // practice. A third is allowed for a header learned in the second; the bound stops a read that
  // keeps coming back empty from looping.
  for (let round = 0; round < 3; round++) {
    const reads = documentReads(history, ctx, blobs);
    if (reads.headers.length === 0 && reads.diffs.length === 0) break;
    blobsChanged = true;
    const pathOf = new Map<string, string>();
    for (const doc of history.documents) if (doc.latestBlob) pathOf.set(doc.latestBlob, doc.path);
    for (const [folder, blob] of history.metadataByFolder) pathOf.set(blob, `${folder}/kep.yaml`);
    await readDocumentBlobs(reads, pathOf, blobs, readBlobs);
  }
  return { items: documentEvidence(history, ctx, blobs), blobsChanged };
}
