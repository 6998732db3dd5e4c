import { isoDate } from '../layout';
import type { DocPathOverrides, EvidenceWindow } from '../model/types';
import { problem, type Parsed, type Problem } from '../problems';
import { isRecord, parseYaml } from '../yaml/yaml-document';
import { DOCUMENT_KINDS } from './document-kinds';

/**
 * The part of a profile mining needs: who the person is, which authors are bots, where documents
 * live, which other repositories to read, and the evidence window. Read from `profile.yml` or from
 * a partial profile holding only some of these keys (the CLI's `--profile`); other keys are
 * ignored here, since the full profile parser validates them.
 */
export interface MiningProfile {
  readonly identities: readonly string[];
  readonly bots: readonly string[];
  readonly paths: DocPathOverrides;
  readonly repositories: readonly string[];
  readonly window: EvidenceWindow;
}

/** Reads the mining fields of a (possibly partial) profile; problems point at their lines. */
export function readMiningProfile(text: string, file: string): Parsed<MiningProfile> {
  const yaml = parseYaml(text, file);
  const problems: Problem[] = [...yaml.problems];
  const data = isRecord(yaml.data) ? yaml.data : {};
  if (yaml.data !== null && yaml.data !== undefined && !isRecord(yaml.data)) problems.push(problem(file, 1, 'a profile must be a mapping of `key: value` lines'));
  const strings = (key: string, value: unknown, path: (string | number)[]): string[] => {
    if (value === undefined || value === null) return [];
    const list = Array.isArray(value) ? value : [value];
    const out: string[] = [];
    list.forEach((v, i) => {
      if (typeof v === 'string' && v.trim() !== '') out.push(v.trim());
      else problems.push(problem(file, yaml.lineOf([...path, i]) ?? yaml.lineOf(path) ?? 1, `\`${key}\` must be a list of strings`));
    });
    return out;
  };
  const paths: Record<string, readonly string[]> = {};
  if (isRecord(data.paths)) {
    for (const [kind, globs] of Object.entries(data.paths)) {
      if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
        problems.push(problem(file, yaml.lineOf(['paths', kind]) ?? 1, `unknown document kind \`${kind}\` in \`paths\`; known: ${DOCUMENT_KINDS.join(', ')}`, 'warning'));
        continue;
      }
      paths[kind] = strings(`paths.${kind}`, globs, ['paths', kind]);
    }
  }
  const window: { since?: string; months?: number } = {};
  if (isRecord(data.window)) {
    if (typeof data.window.since === 'string') window.since = data.window.since;
    if (typeof data.window.months === 'number' && data.window.months > 0) window.months = data.window.months;
  }
  return {
    value: {
      identities: strings('identities', data.identities, ['identities']),
      bots: strings('bots', data.bots, ['bots']),
      paths,
      repositories: strings('repositories', data.repositories, ['repositories']),
      window,
    },
    problems,
  };
}

/** The first day of the evidence window (`since`, else `months` back from `today`), or undefined for the whole history. */
export function windowStart(window: EvidenceWindow, today: Date): string | undefined {
  if (window.since) return window.since;
  if (!window.months) return undefined;
  const d = new Date(today.getFullYear(), today.getMonth() - window.months, today.getDate());
  return isoDate(d);
}
