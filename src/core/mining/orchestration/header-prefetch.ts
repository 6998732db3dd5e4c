import type { BlobFacts } from '../classification/classify-context';
import type { DocChange } from '../classification/commit-facts';
import { readDocumentHeader } from '../classification/document-header';
import type { BlobReaderSession, BlobText, GitHistoryReader, RepositoryInfo } from '../git-history-port';

/** Blobs asked for at once: few enough to start reading early, enough to keep writes to cat-file few. */
const BATCH = 100;

/**
 * Reads document headers while `git log` is still streaming, instead of after it. History arrives
 * newest first, so the first time a path shows up is its latest content: that blob is the one whose
 * header decides authorship. One long-lived `cat-file` answers every request when the reader
 * offers one (otherwise batches run one at a time); anything missed (or a failure) is simply read
 * again by classification, which asks for whatever is still unknown.
 */
export class HeaderPrefetch {
  private readonly seenPaths = new Set<string>();
  private readonly requested = new Set<string>();
  private queue: { id: string; path: string }[] = [];
  private chain: Promise<void> = Promise.resolve();
  private readonly pathOf = new Map<string, string>();
  private session: BlobReaderSession | undefined;
  /** Whether any header was added to the blob facts. */
  added = false;

  constructor(
    private readonly reader: GitHistoryReader,
    private readonly repo: RepositoryInfo,
    private readonly blobs: BlobFacts,
    private readonly wants: (path: string) => boolean,
    private readonly signal?: AbortSignal,
  ) {}

  /** Looks at one commit's document changes; commits must come newest first. */
  observe(docs: readonly DocChange[] | undefined): void {
    if (!docs) return;
    for (const d of docs) {
      if (d.oldPath !== undefined) this.seenPaths.add(d.oldPath);
      if (this.seenPaths.has(d.path)) continue;
      this.seenPaths.add(d.path);
      // A deletion's old content is the document's last content.
      const blob = d.status === 'D' ? d.oldBlob : d.newBlob;
      if (blob && !this.requested.has(blob) && !this.blobs.headers.has(blob) && this.wants(d.path)) {
        this.requested.add(blob);
        this.queue.push({ id: blob, path: d.path });
        if (this.queue.length >= BATCH) this.flush();
      }
    }
  }

  /** Reads what is still queued and waits for every read. */
  async finish(): Promise<void> {
    this.flush();
    await this.session?.close().catch(() => undefined);
    await this.chain;
  }

  private onBlob(blob: BlobText): void {
    const path = this.pathOf.get(blob.id);
    if (blob.text === undefined || path === undefined) return;
    this.blobs.headers.set(blob.id, readDocumentHeader(blob.text, path));
    this.added = true;
  }

  private flush(): void {
    if (this.queue.length === 0) return;
    const batch = this.queue;
    this.queue = [];
    for (const b of batch) this.pathOf.set(b.id, b.path);
    if (this.reader.openBlobReader) {
      this.session ??= this.reader.openBlobReader(this.repo, (b) => this.onBlob(b), this.signal);
      this.session.request(batch.map((b) => b.id));
      return;
    }
    this.chain = this.chain
      .then(() =>
        this.reader.readBlobs(
          this.repo,
          batch.map((b) => b.id),
          (blob) => this.onBlob(blob),
          this.signal,
        ),
      )
      .catch(() => undefined);
  }
}
