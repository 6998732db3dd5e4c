import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { emptyBlobFacts, type BlobFacts } from '../../core/mining/classification/classify-context';
import { FactInterner, type CommitFacts } from '../../core/mining/classification/commit-facts';
import { blobFactsJson, decodeBlobFacts, decodeSegment, FACT_FORMAT_VERSION } from '../../core/mining/cache/fact-codec';
import { jsonPieces } from '../../core/mining/cache/json-pieces';
import { segmentJson } from '../../core/mining/cache/segment-json';
import { CommitTable } from '../../core/mining/history/commit-table';
import { TableView } from '../../core/mining/history/commit-sequence';
import { writeFileAtomic } from '../fs/atomic-write';
import { isEvidenceMemo, type EvidenceMemo } from '../../core/mining/cache/evidence-memo';
import type { CacheLoad, CacheUpdate, FactCache } from '../../core/mining/git-history-port';

/** `manifest.json`: which files hold a repository's facts, and the tip they reach. */
interface Manifest {
  readonly v: number;
  readonly root: string;
  readonly tip: string;
  readonly boundary: string;
  readonly segments: readonly string[];
  readonly blobs?: string;
  /** The result memo for `tip`. */
  readonly memo?: string;
}

/** Past this many segments an append rewrites everything as one, keeping loads to a few file reads. */
const MAX_SEGMENTS = 12;
/** Unreferenced files younger than this may belong to another process's save in progress. */
const STALE_MS = 60_000;

/**
 * Commit facts kept as files under a cache folder the caller chooses (the extension's global
 * storage, or the CLI's `$XDG_CACHE_HOME/growth-ledger`), one folder per repository: segments of
 * commit facts, blob facts, and the result memo. New commits are appended as a new segment file;
 * rewritten history or too many segments rewrite the whole.
 * Every file is written to a temporary name and renamed into place, and the manifest is written
 * last, so a crash leaves either the old or the new state. Anything unreadable is reported as
 * `discarded` and rebuilt by the caller, never fatal.
 */
export class FileFactCache implements FactCache {
  constructor(private readonly dir: string) {}

  /** The folder holding one repository's cache files. */
  folderFor(repoRoot: string): string {
    const hash = createHash('sha256').update(repoRoot).digest('hex').slice(0, 16);
    const name = basename(repoRoot).replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40) || 'repo';
    return join(this.dir, 'repos', `${name}-${hash}`);
  }

  async load(repoRoot: string): Promise<CacheLoad> {
    const folder = this.folderFor(repoRoot);
    const m = await this.manifest(folder, repoRoot);
    if (m.kind !== 'ok') return m.kind === 'miss' ? { kind: 'miss' } : { kind: 'discarded', reason: m.reason };
    try {
      const commits = await this.readHistory(folder, m.manifest.segments);
      const blobs = m.manifest.blobs
        ? decodeBlobFacts(JSON.parse(await readFile(join(folder, safeFile(m.manifest.blobs)), 'utf8')))
        : emptyBlobFacts();
      return { kind: 'hit', history: { tip: m.manifest.tip, boundary: m.manifest.boundary, commits, blobs } };
    } catch (e) {
      return { kind: 'discarded', reason: cacheFault(e) };
    }
  }

  async loadDocumentFacts(repoRoot: string): Promise<{ tip: string; commits: CommitFacts[]; blobs: BlobFacts } | undefined> {
    const folder = this.folderFor(repoRoot);
    const m = await this.manifest(folder, repoRoot);
    if (m.kind !== 'ok') return undefined;
    try {
      const commits = await this.readDocumentCommits(folder, m.manifest.segments);
      const blobs = m.manifest.blobs ? decodeBlobFacts(JSON.parse(await readFile(join(folder, safeFile(m.manifest.blobs)), 'utf8'))) : emptyBlobFacts();
      return { tip: m.manifest.tip, commits, blobs };
    } catch (e) {
      cacheFault(e);
      return undefined;
    }
  }

  async loadMemo(repoRoot: string): Promise<EvidenceMemo | undefined> {
    const folder = this.folderFor(repoRoot);
    const m = await this.manifest(folder, repoRoot);
    if (m.kind !== 'ok' || !m.manifest.memo) return undefined;
    try {
      const memo: unknown = JSON.parse(await readFile(join(folder, safeFile(m.manifest.memo)), 'utf8'));
      // A memo is only valid for the facts it was computed with.
      return isEvidenceMemo(memo) && memo.tip === m.manifest.tip ? memo : undefined;
    } catch (e) {
      cacheFault(e);
      return undefined;
    }
  }

  async save(repoRoot: string, update: CacheUpdate): Promise<boolean> {
    const folder = this.folderFor(repoRoot);
    try {
      await mkdir(folder, { recursive: true });
      const found = await this.manifest(folder, repoRoot);
      const previous = found.kind === 'ok' ? found.manifest : undefined;
      // The files are independent until the manifest names them. They are written one after the
      // other: each is made as it is written, and together their text was the largest part of a
      // long history's peak memory.
      let segmentText: Iterable<string> | undefined;
      let segments: string[];
      if (update.replace) {
        segments = [];
        segmentText = segmentJson(update.replace);
      } else if (update.append && previous && previous.tip === update.append.previousTip) {
        segments = [...previous.segments];
        if (update.append.commits.length > 0) {
          if (segments.length >= MAX_SEGMENTS) {
            // Compact: one segment keeps warm starts to a few file reads.
            // The new commits join the table just read, which is then written from its columns.
            const all = await this.readHistory(folder, segments);
            for (const c of update.append.commits) all.table.add(c);
            segments = [];
            segmentText = segmentJson(new TableView(all.table, 'as-added'));
          } else {
            segmentText = segmentJson(update.append.commits);
          }
        }
      } else if (!update.append && previous && previous.tip === update.tip) {
        segments = [...previous.segments];
      } else {
        // The facts on disk are not what this update builds on (another process wrote meanwhile): write nothing.
        return false;
      }
      if (segmentText) segments.push(await this.writeNew(folder, 'seg', segmentText));
      const blobs = update.blobs ? await this.writeNew(folder, 'blobs', blobFactsJson(update.blobs)) : previous?.blobs;
      const memo = update.memo ? await this.writeNew(folder, 'memo', jsonPieces(update.memo)) : undefined;
      const next: Manifest = {
        v: FACT_FORMAT_VERSION,
        root: repoRoot,
        tip: update.tip,
        boundary: update.boundary,
        segments,
        ...(blobs ? { blobs } : {}),
        ...(memo ? { memo } : {}),
      };
      await writeFileAtomic(join(folder, 'manifest.json'), JSON.stringify(next));
      await this.removeUnreferenced(folder, new Set([...segments, ...(blobs ? [blobs] : []), ...(memo ? [memo] : []), 'manifest.json']));
      return true;
    } catch (e) {
      // A cache that cannot be written costs a re-mine next time, nothing more.
      cacheFault(e);
      return false;
    }
  }

  private async manifest(folder: string, repoRoot: string): Promise<{ kind: 'ok'; manifest: Manifest } | { kind: 'miss' } | { kind: 'bad'; reason: string }> {
    let text: string;
    try {
      text = await readFile(join(folder, 'manifest.json'), 'utf8');
    } catch {
      return { kind: 'miss' };
    }
    try {
      const m = manifest(JSON.parse(text));
      if (m.v !== FACT_FORMAT_VERSION) return { kind: 'bad', reason: `cache format ${m.v}, expected ${FACT_FORMAT_VERSION}` };
      if (m.root !== repoRoot) return { kind: 'bad', reason: 'cache belongs to another repository' };
      return { kind: 'ok', manifest: m };
    } catch (e) {
      return { kind: 'bad', reason: e instanceof Error ? e.message : String(e) };
    }
  }

  /** Every cached commit, parents first, as one table. */
  private async readHistory(folder: string, segments: readonly string[]): Promise<TableView> {
    const people = new FactInterner();
    const table = new CommitTable();
    for (const seg of segments) decodeSegment(JSON.parse(await readFile(join(folder, safeFile(seg)), 'utf8')), people, (f) => table.add(f));
    table.releaseIndex();
    return new TableView(table, 'as-added');
  }

  /** Only the cached commits that changed documents, parents first. */
  private async readDocumentCommits(folder: string, segments: readonly string[]): Promise<CommitFacts[]> {
    const people = new FactInterner();
    const commits: CommitFacts[] = [];
    for (const seg of segments) decodeSegment(JSON.parse(await readFile(join(folder, safeFile(seg)), 'utf8')), people, (f) => commits.push(f), true);
    return commits;
  }

  private async writeNew(folder: string, prefix: string, text: string | Iterable<string>): Promise<string> {
    const name = `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}.json`;
    await writeFileAtomic(join(folder, name), text);
    return name;
  }

  private async removeUnreferenced(folder: string, keep: ReadonlySet<string>): Promise<void> {
    const now = Date.now();
    for (const name of await readdir(folder)) {
      if (keep.has(name) || !/^(seg|blobs|memo)-.*\.json$|\.tmp$/.test(name)) continue;
      const s = await stat(join(folder, name)).catch(() => undefined);
      if (s && now - s.mtimeMs > STALE_MS) await unlink(join(folder, name)).catch(() => undefined);
    }
  }
}

function manifest(data: unknown): Manifest {
  const m = data as Partial<Manifest> | null;
  if (
    !m ||
    typeof m.v !== 'number' ||
    typeof m.root !== 'string' ||
    typeof m.tip !== 'string' ||
    typeof m.boundary !== 'string' ||
    !Array.isArray(m.segments) ||
    !m.segments.every((s) => typeof s === 'string') ||
    (m.blobs !== undefined && typeof m.blobs !== 'string') ||
    (m.memo !== undefined && typeof m.memo !== 'string')
  ) {
    throw new Error('manifest.json has an unexpected shape');
  }
  return m as Manifest;
}

/** Manifest entries name files in the cache folder only. */
function safeFile(name: string): string {
  if (!/^[A-Za-z0-9._-]+$/.test(name)) throw new Error(`unexpected cache file name "${name}"`);
  return name;
}

/**
 * What a cache file's problem was, for the "cache rebuilt" message. Unreadable, missing or
 * malformed files only cost a re-mine; a programming error (a TypeError from our own code, say)
 * is thrown on instead of being mistaken for a bad file.
 */
function cacheFault(e: unknown): string {
  if (e instanceof TypeError || e instanceof ReferenceError) throw e;
  return e instanceof Error ? e.message : String(e);
}
