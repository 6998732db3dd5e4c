/**
 * Web links for commits and files, from a repository's remote URL. The URL comes in as data (the
 * editor or the CLI reads it with git; the core runs nothing). Only hosts whose URL scheme is
 * known get links; credentials in a remote URL are never copied into a link.
 */

/** A repository the evidence came from, as the packet needs it. */
export interface RepositoryInfo {
  /** The name evidence items carry in `repo`. */
  readonly name: string;
  /** `origin`'s URL as configured (`git@github.com:org/repo.git`, `https://gitlab.com/g/sub/r.git` …). */
  readonly remoteUrl?: string;
  /** The repository the growth folder lives in: its files are linked by repository-relative path. */
  readonly primary?: boolean;
}

/** Where a repository lives on the web, and how that host spells commit and file URLs. */
export interface WebRepository {
  readonly base: string;
  commit(sha: string): string;
  file(path: string, ref: string): string;
}

type HostStyle = 'github' | 'gitlab' | 'bitbucket' | 'gitea';

const KNOWN_HOSTS: Readonly<Record<string, HostStyle>> = {
  'github.com': 'github',
  'gitlab.com': 'gitlab',
  'bitbucket.org': 'bitbucket',
  'codeberg.org': 'gitea',
};

const SEGMENT = /^[A-Za-z0-9._-]+$/;

/** The repository on a known host, or `undefined` for unknown hosts, local paths and odd URLs. */
export function webRepository(remoteUrl: string | undefined): WebRepository | undefined {
  if (remoteUrl === undefined) return undefined;
  const parsed = hostAndPath(remoteUrl.trim());
  if (!parsed) return undefined;
  const style = KNOWN_HOSTS[parsed.host];
  if (!style) return undefined;
  const segments = parsed.path.replace(/\.git$/, '').split('/').filter((s) => s !== '');
  // GitLab has subgroups (g/sub/repo); the others are exactly owner/repo.
  const ok = style === 'gitlab' ? segments.length >= 2 : segments.length === 2;
  if (!ok || !segments.every((s) => SEGMENT.test(s) && s !== '.' && s !== '..')) return undefined;
  const base = `https://${parsed.host}/${segments.join('/')}`;
  const sep = style === 'gitlab' ? '/-' : '';
  return {
    base,
    commit: (sha) => (style === 'bitbucket' ? `${base}/commits/${sha}` : `${base}${sep}/commit/${sha}`),
    file: (path, ref) => (style === 'bitbucket' ? `${base}/src/${ref}/${path}` : style === 'gitea' ? `${base}/src/commit/${ref}/${path}` : `${base}${sep}/blob/${ref}/${path}`),
  };
}

function hostAndPath(url: string): { host: string; path: string } | undefined {
  // scp-like: git@github.com:org/repo.git
  const scp = /^(?:[A-Za-z0-9._-]+@)?([A-Za-z0-9.-]+):(?!\/\/)(.+)$/.exec(url);
  if (scp && !/^[A-Za-z]:[\\/]/.test(url)) return { host: (scp[1] ?? '').toLowerCase(), path: scp[2] ?? '' };
  const full = /^(?:https?|ssh|git):\/\/(?:[^@/]*@)?([A-Za-z0-9.-]+)(?::\d+)?\/(.+)$/.exec(url);
  if (full) return { host: (full[1] ?? '').toLowerCase(), path: full[2] ?? '' };
  return undefined;
}
