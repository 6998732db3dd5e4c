import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import { BlobBatchParser, type BlobRecord } from '../../core/git/blob-batch-parser';
import { logArguments, type ChangeDetail, type CommitRange } from '../../core/git/log-fields';
import type { LogCommit } from '../../core/git/log-commit';
import { LogStreamParser } from '../../core/git/log-parser';
import { evidenceBodyFilter } from '../../core/git/trailers';
import { isDocumentFile } from '../../core/mining/classification/commit-facts';
import {
  GitReadError,
  type BlobReaderSession,
  type BlobText,
  type GitHistoryReader,
  type RepositoryInfo,
} from '../../core/mining/git-history-port';
import { MissingObjectError, runGit, streamGit, type GitProcessOptions, type StdinFeed } from './git-process';

/** The config keys that make a repository a partial clone, and the filter it was cloned with. */
const PARTIAL_CLONE_KEYS = '^(extensions\\.partialclone|remote\\..*\\.partialclonefilter)$';

/** Options of the Node git reader: the process hardening options plus a blob size limit. */
export interface NodeGitReaderOptions extends GitProcessOptions {
  /** Bytes kept of each blob read (default 1 MiB); larger documents are read up to this size. */
  readonly maxBlobBytes?: number;
}

/**
 * The git history reader on Node: every call goes through the hardened process runner, history is
 * streamed through the core parser commit by commit, and blobs through one `cat-file --batch`.
 */
export class NodeGitHistoryReader implements GitHistoryReader {
  constructor(private readonly options: NodeGitReaderOptions) {}

  async inspect(path: string, signal?: AbortSignal): Promise<RepositoryInfo> {
    const dir = resolve(path);
    const s = await stat(dir).catch(() => undefined);
    if (!s?.isDirectory()) throw new GitReadError('not-a-repository', `${path} does not exist or is not a folder, so it cannot be a git repository: check the path`);
    const call = (args: string[], okCodes?: number[]) => runGit(this.options, { cwd: dir, args, ...(signal ? { signal } : {}), ...(okCodes ? { okCodes } : {}) });
    // Three small questions at once: a warm start is mostly waiting for processes.
    const [factsOut, toplevel, headOut, partialOut] = await Promise.all([
      call(['rev-parse', '--absolute-git-dir', '--is-bare-repository', '--is-shallow-repository', '--git-path', 'shallow']),
      call(['rev-parse', '--show-toplevel'], [128]),
      call(['rev-parse', '--verify', '--quiet', '--end-of-options', 'HEAD^{commit}'], [1, 128]),
      call(['config', '--get-regexp', PARTIAL_CLONE_KEYS], [1]),
    ]);
    const partialFilter = partialCloneFilter(partialOut.stdout);
    const facts = factsOut.stdout.split('\n');
    const gitDir = facts[0]?.trim() ?? '';
    const bare = facts[1]?.trim() === 'true';
    const shallow = facts[2]?.trim() === 'true';
    const shallowFile = facts[3]?.trim() ?? 'shallow';
    if (!bare && toplevel.code !== 0) throw new GitReadError('failed', `git could not find the working tree of ${path}`);
    const root = bare ? gitDir : toplevel.stdout.trim();
    const head = headOut.code === 0 ? headOut.stdout.trim() : undefined;
    let shallowBoundary: string[] = [];
    if (shallow) {
      const file = isAbsolute(shallowFile) ? shallowFile : resolve(dir, shallowFile);
      shallowBoundary = (await readFile(file, 'utf8').catch(() => '')).split('\n').map((l) => l.trim()).filter((l) => l !== '');
    }
    return {
      path,
      root,
      gitDir,
      name: repoName(root, bare),
      bare,
      shallow,
      ...(head ? { head } : {}),
      shallowBoundary,
      ...(partialFilter !== undefined ? { partialFilter } : {}),
    };
  }

  async readCommits(repo: RepositoryInfo, range: CommitRange, onCommit: (commit: LogCommit) => void, signal?: AbortSignal): Promise<void> {
    const parser = new LogStreamParser(onCommit, { decode: bufferSlice, keepBody: evidenceBodyFilter, keepBlobs: mayBeDocument });
    const args = logArguments(range, changeDetail(repo.partialFilter));
    await streamGit(this.options, { cwd: repo.root, args, ...(signal ? { signal } : {}) }, (chunk) => parser.push(chunk));
    parser.end();
    // The last commits are emitted after git exits; a cancel during them still cancels.
    if (signal?.aborted) throw new GitReadError('aborted', 'mining was cancelled');
  }

  async hasCommit(repo: RepositoryInfo, sha: string, signal?: AbortSignal): Promise<boolean> {
    const r = await runGit(this.options, { cwd: repo.root, args: ['cat-file', '-e', '--end-of-options', `${sha}^{commit}`], okCodes: [1, 128], ...(signal ? { signal } : {}) });
    return r.code === 0;
  }

  async isAncestor(repo: RepositoryInfo, ancestor: string, descendant: string, signal?: AbortSignal): Promise<boolean> {
    const r = await runGit(this.options, { cwd: repo.root, args: ['merge-base', '--is-ancestor', ancestor, descendant], okCodes: [1], ...(signal ? { signal } : {}) });
    return r.code === 0;
  }

  async listCommits(repo: RepositoryInfo, range: CommitRange, signal?: AbortSignal): Promise<string[]> {
    const args = ['rev-list', '--end-of-options', ...range.include, ...range.exclude.map((s) => `^${s}`), '--'];
    const r = await runGit(this.options, { cwd: repo.root, args, ...(signal ? { signal } : {}) });
    return r.stdout.split('\n').filter((l) => l !== '');
  }

  async readBlobs(repo: RepositoryInfo, ids: readonly string[], onBlob: (blob: BlobText) => void, signal?: AbortSignal): Promise<void> {
    if (ids.length === 0) return;
    const session = this.openBlobReader(repo, onBlob, signal);
    session.request(ids);
    await session.close();
  }

  openBlobReader(repo: RepositoryInfo, onBlob: (blob: BlobText) => void, signal?: AbortSignal): BlobReaderSession {
    const decoder = new TextDecoder('utf-8');
    const maxBytes = this.options.maxBlobBytes ?? 1 << 20;
    /** Names sent to the running cat-file and not answered yet, in the order git answers them. */
    const pending: string[] = [];
    let sink: { write(text: string): void; end(): void } | undefined;
    let closed = false;
    const answer = (b: BlobRecord) => {
      pending.shift();
      if (b.missing || !b.content || b.type !== 'blob' || looksBinary(b.content)) {
        onBlob({ id: b.id, truncated: false });
        return;
      }
      onBlob({ id: b.id, text: decoder.decode(b.content), truncated: b.truncated ?? false });
    };
    /**
     * One cat-file process. In a partial clone git may stop at the first object it lacks, since it
     * is not allowed to fetch it (git 2.39 does, even with GIT_NO_LAZY_FETCH set): that object is
     * reported missing and a new process is asked for the rest. Every restart answers at least
     * one name, so this ends.
     */
    const run = async (): Promise<void> => {
      const parser = new BlobBatchParser(answer, maxBytes);
      const stdin: StdinFeed = {
        attach(s) {
          sink = s;
          if (pending.length > 0) s.write(pending.join(''));
          if (closed) s.end();
        },
      };
      try {
        await streamGit(this.options, { cwd: repo.root, args: ['cat-file', '--batch'], stdin, ...(signal ? { signal } : {}) }, (c) => parser.push(c));
        parser.end();
      } catch (e) {
        if (!(e instanceof MissingObjectError) || pending.length === 0) throw e;
        sink = undefined;
        const lacking = pending.shift() ?? '';
        onBlob({ id: lacking.trim(), truncated: false });
        await run();
      }
    };
    const done = run();
    // Reported through close(); until then a failure must not surface as unhandled.
    done.catch(() => undefined);
    return {
      request(ids) {
        // Names go through stdin, one per line: never on the command line, never read as options.
        const lines = ids.filter((id) => !/[\n\r]/.test(id)).map((id) => `${id}\n`);
        for (const line of lines) pending.push(line);
        // Before git has started, attach() sends everything pending.
        sink?.write(lines.join(''));
      },
      close() {
        closed = true;
        sink?.end();
        return done;
      },
    };
  }

  async readMailmap(repo: RepositoryInfo, signal?: AbortSignal): Promise<string | undefined> {
    if (!repo.head) return undefined;
    let text: string | undefined;
    await this.readBlobs(repo, [`${repo.head}:.mailmap`], (b) => (text = b.text), signal);
    return text;
  }
}

/**
 * The filter of a partial clone from `git config --get-regexp` output, or undefined for a full
 * clone. A promisor remote without a recorded filter is read as the most limiting one: nothing is
 * known about what it left out.
 */
export function partialCloneFilter(configLines: string): string | undefined {
  let promisor = false;
  const filters: string[] = [];
  for (const line of configLines.split('\n')) {
    const [key = '', ...rest] = line.trim().split(' ');
    if (key === 'extensions.partialclone') promisor = true;
    else if (key.endsWith('.partialclonefilter') && rest.length > 0) filters.push(rest.join(' '));
  }
  if (filters.length === 0) return promisor ? 'tree:0' : undefined;
  return filters.find((f) => f.startsWith('tree:') || f.startsWith('sparse:')) ?? filters[0];
}

/** What a history read can list without the objects a partial clone left out. */
function changeDetail(filter: string | undefined): ChangeDetail {
  if (filter === undefined) return 'renames';
  return filter.startsWith('blob:') ? 'exact-renames' : 'none';
}

/** Blob ids are only ever needed for documents (headers, edit sizes). */
function mayBeDocument(path: string, oldPath: string | undefined): boolean {
  return isDocumentFile(path) || (oldPath !== undefined && isDocumentFile(oldPath));
}

/** Slices stdout Buffers in place (no view objects, no TextDecoder call per field). */
function bufferSlice(bytes: Uint8Array, start: number, end: number): string {
  const b = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return b.toString('utf8', start, end);
}

/** Git's own heuristic: a NUL byte in the first 8000 bytes means binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

function repoName(root: string, bare: boolean): string {
  const name = basename(root);
  return bare && name.endsWith('.git') && name.length > 4 ? name.slice(0, -4) : name;
}
