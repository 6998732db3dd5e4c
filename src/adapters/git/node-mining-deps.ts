import type { MiningDeps } from '../../core/mining/orchestration/mining-service';
import { FileFactCache } from '../cache/file-fact-cache';
import { NodeGitHistoryReader, type NodeGitReaderOptions } from './git-history-reader';

/** The git reader’s options plus where to cache. */
export interface NodeMiningDepsOptions extends NodeGitReaderOptions {
  /** Folder for cached facts; omit to mine without a cache. */
  readonly cacheDir?: string;
}

/** Wires the hardened git reader and the file cache for `mineEvidence` (CLI, extension, benchmark). */
export function nodeMiningDeps(options: NodeMiningDepsOptions): MiningDeps {
  const { cacheDir, ...reader } = options;
  return {
    reader: new NodeGitHistoryReader(reader),
    ...(cacheDir ? { cache: new FileFactCache(cacheDir) } : {}),
    now: () => performance.now(),
  };
}
