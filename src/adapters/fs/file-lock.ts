import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';

/**
 * A lock beside a growth file, so that several CLI processes and the editor appending to the same
 * month file at once each see the file as the others left it. The lock is a file created with
 * O_EXCL (exactly one creator wins, on every platform and on network shares that honour it);
 * waiters retry with a growing pause until it is gone. A lock left by a process that died is
 * recognised by its age and taken over.
 */

/** How long a lock may be held before it is taken to belong to a dead process. */
const STALE_MS = 10_000;
/** How long to wait for a lock before giving up with a message. */
const WAIT_MS = 20_000;

/** The lock file of `file`: hidden, in the same folder (the only folder Growth Ledger writes to). */
export function lockPathOf(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.lock`);
}

/** Runs `work` while holding the lock of `file`; the lock is released whatever `work` does. */
export async function withFileLock<T>(file: string, work: () => Promise<T>, options: { staleMs?: number; waitMs?: number } = {}): Promise<T> {
  const lock = lockPathOf(file);
  const staleMs = options.staleMs ?? STALE_MS;
  const deadline = Date.now() + (options.waitMs ?? WAIT_MS);
  let pause = 2;
  for (;;) {
    const handle = await fs.open(lock, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'EEXIST') return undefined;
      throw e;
    });
    if (handle) {
      try {
        await handle.writeFile(`${process.pid}\n`);
      } finally {
        await handle.close();
      }
      break;
    }
    if (await removeIfStale(lock, staleMs)) continue;
    if (Date.now() > deadline) {
      throw new Error(`${path.basename(file)} is being written by another Growth Ledger process (lock ${lock}); nothing was written, try again`);
    }
    // Random jitter keeps waiters from retrying in step.
    await new Promise((r) => setTimeout(r, pause + Math.random() * pause));
    pause = Math.min(pause * 2, 100);
  }
  try {
    return await work();
  } finally {
    await fs.rm(lock, { force: true });
  }
}

/**
 * Removes a lock older than `staleMs`. It is renamed away first: of several waiters that all find
 * it stale, only the one whose rename succeeds removes it, so none deletes a fresh lock another
 * waiter has just taken.
 */
async function removeIfStale(lock: string, staleMs: number): Promise<boolean> {
  const stat = await fs.stat(lock).catch(() => undefined);
  if (!stat) return true;
  if (Date.now() - stat.mtimeMs < staleMs) return false;
  const aside = `${lock}.${process.pid}.${Math.random().toString(36).slice(2)}.stale`;
  try {
    await fs.rename(lock, aside);
  } catch {
    return true;
  }
  // Between the age check and the rename another waiter may have replaced the stale lock with its
  // own: a fresh lock moved aside by mistake is put back (unless someone has taken the lock since).
  const moved = await fs.stat(aside).catch(() => undefined);
  if (moved && Date.now() - moved.mtimeMs < staleMs) await fs.link(aside, lock).catch(() => undefined);
  await fs.rm(aside, { force: true });
  return true;
}
