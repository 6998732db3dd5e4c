import * as path from 'node:path';
import { NodeFileStore } from '../adapters/fs/node-file-store';
import { findRepoRoot } from '../adapters/repo/repo-files';
import { growthLayout, type GrowthLayout } from '../core/layout';
import { systemClock, type Clock } from '../core/ports';
import { CliError, type CliIo } from './cli-io';

/** What every CLI command works on: the repository, its growth folder and a clock. */
export interface CliContext {
  readonly repoRoot: string;
  readonly layout: GrowthLayout;
  readonly store: NodeFileStore;
  readonly clock: Clock;
}

export interface GlobalOptions {
  readonly root?: string;
  readonly growthDir?: string;
}

/**
 * Resolves `--root` (default: the git top level of the current folder) and the growth folder.
 * `outsideRepo` lets a command that is given its repositories explicitly (`evidence --repo`) run
 * from a folder that is not a repository; the current folder then stands in for the root.
 */
export async function cliContext(io: CliIo, options: GlobalOptions, clock: Clock = io.clock ?? systemClock, outsideRepo = false): Promise<CliContext> {
  const found = options.root ? path.resolve(io.cwd, options.root) : await findRepoRoot(io.cwd);
  const repoRoot = found ?? (outsideRepo ? io.cwd : undefined);
  if (!repoRoot) throw new CliError(`${io.cwd} is not inside a git repository; pass --root DIR`, 2);
  let layout: GrowthLayout;
  try {
    layout = growthLayout(options.growthDir ?? 'growth');
  } catch (e) {
    throw new CliError(e instanceof Error ? e.message : String(e), 2);
  }
  return { repoRoot, layout, store: new NodeFileStore(repoRoot), clock };
}

/** Splits `a,b, c` into ids. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}
