import { realpath } from 'node:fs/promises';
import * as path from 'node:path';
import { gitRedirects } from './git-redirect';

/**
 * Consent before mining repositories outside the workspace (issue 11, fault 9). Listing sibling
 * repositories is a real need — a Staff engineer's evidence spans services — but `repositories:`
 * in a *committed* profile comes from whoever wrote the repository: `../other` or an absolute path
 * would make opening it read another repository on the machine. So the editor asks once per
 * workspace, naming each repository by its real path (links resolved), and remembers the answer.
 * The same holds for a folder whose `.git` file or `core.worktree` sends git to another folder
 * (git-redirect.ts): the question names where git would really read.
 * No `vscode` import here: the prompt and the storage are passed in.
 */

/** What is remembered per workspace: real path → the person's answer. */
export type OutsideRepoAnswers = Readonly<Record<string, 'mine' | 'skip'>>;

/** Where answers are kept (the extension passes `context.workspaceState`). */
export interface AnswerStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void> | Promise<void>;
}

/** Asks whether to mine these real paths: true (mine), false (do not), undefined (dismissed: ask next time). */
export type AskToMine = (realPaths: readonly string[]) => Promise<boolean | undefined>;

/** The workspace-state key of the remembered answers. */
export const OUTSIDE_REPOS_KEY = 'growthLedger.outsideRepositories';

/** A repository to mine, as `knownRepos` lists it; `realPath` is added for the Evidence view. */
export interface RepoToMine {
  readonly path: string;
  readonly listed: boolean;
  /** The path with every link resolved: what is really read, shown to the person. */
  readonly realPath?: string;
}

/** Questions on screen, per store: callers asking while one is open share its answer. */
const open = new WeakMap<AnswerStore, { paths: string; answer: Promise<boolean | undefined> }>();

function askOnce(store: AnswerStore, paths: readonly string[], ask: AskToMine): Promise<boolean | undefined> {
  const key = paths.join('\n');
  const current = open.get(store);
  if (current && current.paths === key) return current.answer;
  const answer = ask(paths).finally(() => open.delete(store));
  open.set(store, { paths: key, answer });
  return answer;
}

/** Whether `file` is `folder` or inside it (both already resolved). */
function isInside(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function real(p: string): Promise<string> {
  return realpath(p).catch(() => path.resolve(p));
}

/**
 * The repositories to mine now. Workspace folders and listed repositories inside them pass. A
 * listed repository outside every workspace folder (after resolving links, so a link inside the
 * workspace to a folder elsewhere counts as outside), or any repository whose `.git` file, `.git`
 * link or `core.worktree` sends git outside them, passes only once the person said to mine it; the
 * ones not answered yet are asked about together, once. `realPath` is where git really reads.
 */
export async function reposToMine(repos: readonly RepoToMine[], workspaceFolders: readonly string[], store: AnswerStore, ask: AskToMine): Promise<RepoToMine[]> {
  const folders = await Promise.all(workspaceFolders.map(real));
  const outsideAll = (p: string) => !folders.some((f) => isInside(f, p));
  const withReal = await Promise.all(
    repos.map(async (r) => {
      const own = await real(r.path);
      // A workspace folder too may send git elsewhere: then the real path is where git would read.
      const targets = await Promise.all((await gitRedirects(own)).map((g) => real(g.target)));
      const away = targets.find(outsideAll);
      return { ...r, realPath: away ?? own, redirected: away !== undefined };
    }),
  );
  const outside = withReal.filter((r) => (r.listed || r.redirected) && outsideAll(r.realPath));
  const answers: Record<string, 'mine' | 'skip'> = { ...(store.get<OutsideRepoAnswers>(OUTSIDE_REPOS_KEY) ?? {}) };
  const unanswered = [...new Set(outside.map((r) => r.realPath).filter((p) => answers[p] === undefined))];
  if (unanswered.length > 0) {
    const yes = await askOnce(store, unanswered, ask);
    if (yes !== undefined) {
      for (const p of unanswered) answers[p] = yes ? 'mine' : 'skip';
      await store.update(OUTSIDE_REPOS_KEY, answers);
    }
  }
  const allowed = new Set(outside.filter((r) => answers[r.realPath] === 'mine').map((r) => r.realPath));
  return withReal.filter((r) => !outside.includes(r) || allowed.has(r.realPath)).map(({ redirected: _, ...r }) => r);
}
