import { homedir } from 'node:os';
import * as path from 'node:path';

/**
 * The CLI's cache folder, where each operating system keeps caches (the extension passes its
 * global storage folder instead):
 * - Windows: `%LOCALAPPDATA%\growth-ledger\cache` (else `%USERPROFILE%\AppData\Local\…`): local,
 *   not roaming, so a cache never follows a person from machine to machine;
 * - macOS: `~/Library/Caches/growth-ledger`;
 * - elsewhere: `$XDG_CACHE_HOME/growth-ledger`, else `~/.cache/growth-ledger` (a relative XDG path
 *   is ignored, as the XDG specification asks).
 * `platform` and `home` are parameters so that every branch can be tested on any machine.
 */
export function defaultCacheDir(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
  home: () => string = homedir,
): string {
  if (platform === 'win32') {
    const win = path.win32;
    const local = env.LOCALAPPDATA && win.isAbsolute(env.LOCALAPPDATA) ? env.LOCALAPPDATA : win.join(env.USERPROFILE || home(), 'AppData', 'Local');
    return win.join(local, 'growth-ledger', 'cache');
  }
  const posix = path.posix;
  if (platform === 'darwin') return posix.join(env.HOME || home(), 'Library', 'Caches', 'growth-ledger');
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && posix.isAbsolute(xdg)) return posix.join(xdg, 'growth-ledger');
  return posix.join(env.HOME || home(), '.cache', 'growth-ledger');
}
