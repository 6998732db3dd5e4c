import * as path from 'node:path';

/** What scripts/host/run-e2e.mjs prepared for the suite: servers, fixture repositories, folders. */
export interface E2eContext {
  /** code-server with the packaged extension, for the trusted scenarios. */
  readonly url: string;
  /** A second code-server whose PATH starts with a logging git shim, for Restricted Mode. */
  readonly restrictedUrl: string;
  /** One fixture repository per test file (all but the first have a growth folder). */
  readonly repos: {
    readonly withoutProfile: string;
    readonly logEntry: string;
    readonly twoNote: string;
    readonly problems: string;
    readonly restricted: string;
    /** The Evidence Map suite adds commits with hostile subjects and file names to it. */
    readonly evidenceMap: string;
  };
  readonly screenshotsDir: string;
  /** The file the browsers' consoles are copied to. */
  readonly consoleLog: string;
  /** Where Chromium writes what it would otherwise put under the home directory. */
  readonly browserStateDir: string;
}

let cached: E2eContext | undefined;

/** The context the runner passed in GROWTH_LEDGER_E2E (the suite cannot run without its runner). */
export function e2eContext(): E2eContext {
  if (cached) return cached;
  const raw = process.env.GROWTH_LEDGER_E2E;
  if (!raw) throw new Error('GROWTH_LEDGER_E2E is not set: run the suite with `npm run test:e2e`');
  cached = JSON.parse(raw) as E2eContext;
  return cached;
}

export function repoFile(repo: string, relative: string): string {
  return path.join(repo, ...relative.split('/'));
}
