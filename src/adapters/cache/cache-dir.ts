import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/**
 * The CLI's cache folder: `$XDG_CACHE_HOME/growth-ledger`, else `~/.cache/growth-ledger` (the
 * extension passes its global storage folder instead). A relative XDG path is ignored, as the
 * XDG specification asks.
 */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'growth-ledger');
  return join(env.HOME || homedir(), '.cache', 'growth-ledger');
}
