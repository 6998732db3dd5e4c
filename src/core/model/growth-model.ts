import type { Assessments, Framework, Profile } from './types';
import type { GrowthLayout } from '../layout';
import type { GrowthFileStore } from '../ports';
import { problem, type Problem } from '../problems';
import { DEFAULT_FRAMEWORK, DEFAULT_FRAMEWORK_ID } from '../framework/default-framework';
import { frameworkFromText } from '../framework/framework-import';
import { parseAssessments } from './assessments-parser';
import { checkProfileLevels, readProfile, type ProfileDraft } from './profile-parser';
import { noCorrections, parseEvidenceCorrections, type EvidenceCorrections } from '../mapping/evidence-corrections';

/** Everything the person keeps about their growth, read from the growth folder. */
export interface GrowthModel {
  /** Absent when there is no `profile.yml` yet (the editor then offers Set Up). */
  readonly profile?: Profile;
  /** The framework in use: the profile's, else `framework.yml`, else the built-in default. */
  readonly framework: Framework;
  readonly assessments: Assessments;
  /**
   * The person's corrections from `evidence.yml` (none when it does not exist). Optional so that
   * models built by hand need not spell it out; {@link loadGrowthModel} always sets it.
   */
  readonly corrections?: EvidenceCorrections;
  /** Every problem found on the way; none of them stops the rest from loading. */
  readonly problems: readonly Problem[];
}

/**
 * Reads profile, framework, assessments and the evidence corrections. Missing files are normal (a fresh repository has
 * none); a broken file is reported and whatever could be read of it is still used. The
 * framework is the one the profile names, else `framework.yml` when it exists, else the
 * built-in default; a framework that cannot be used falls back to the default with a problem.
 */
export async function loadGrowthModel(store: GrowthFileStore, layout: GrowthLayout): Promise<GrowthModel> {
  const problems: Problem[] = [];
  const read = async (path: string): Promise<string | undefined> => {
    try {
      return await store.read(path);
    } catch (e) {
      problems.push(problem(path, 1, `could not read ${path}: ${e instanceof Error ? e.message : String(e)}`));
      return undefined;
    }
  };
  const profileText = await read(layout.profile);
  const draft = profileText === undefined ? undefined : readProfile(profileText, layout.profile);
  for (const p of draft?.problems ?? []) problems.push(p);
  const { framework, ref } = await resolveFramework(draft, layout, read, problems);
  let profile: Profile | undefined;
  if (draft) {
    for (const p of checkProfileLevels(draft, framework, layout.profile)) problems.push(p);
    profile = { ...draft.value, framework: ref };
  }
  const assessmentsText = await read(layout.assessments);
  let assessments: Assessments = { assessments: [], goals: [] };
  if (assessmentsText !== undefined) {
    const parsed = parseAssessments(assessmentsText, layout.assessments, framework);
    assessments = parsed.value;
    for (const p of parsed.problems) problems.push(p);
  }
  const correctionsText = await read(layout.evidence);
  let corrections = noCorrections(layout.evidence);
  if (correctionsText !== undefined) {
    const parsed = parseEvidenceCorrections(correctionsText, layout.evidence);
    corrections = parsed.value;
    problems.push(...parsed.problems);
  }
  return { ...(profile ? { profile } : {}), framework, assessments, corrections, problems };
}

/**
 * `ref` (a profile's `framework`, relative to the growth folder) as a repository-relative path,
 * or `undefined` when it is absolute or climbs out of the repository: a cloned repository must
 * not make the extension read files elsewhere on the machine.
 */
export function resolveGrowthPath(root: string, ref: string): string | undefined {
  const normalised = ref.replace(/\\/g, '/');
  if (normalised === '' || normalised.startsWith('/') || /^[a-zA-Z]:/.test(normalised)) return undefined;
  const parts = root.split('/').filter((p) => p !== '' && p !== '.');
  for (const part of normalised.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length === 0 ? undefined : parts.join('/');
}

async function resolveFramework(
  draft: ProfileDraft | undefined,
  layout: GrowthLayout,
  read: (path: string) => Promise<string | undefined>,
  problems: Problem[],
): Promise<{ framework: Framework; ref: string }> {
  const builtin = { framework: DEFAULT_FRAMEWORK, ref: DEFAULT_FRAMEWORK_ID };
  const ref = draft?.frameworkGiven ? draft.value.framework : undefined;
  if (ref === DEFAULT_FRAMEWORK_ID) return builtin;
  const at = (message: string) => problems.push(problem(layout.profile, draft?.lineOf('framework') ?? 1, message));
  let path = layout.framework;
  if (ref !== undefined) {
    const resolved = resolveGrowthPath(layout.root, ref);
    if (resolved === undefined) {
      at(`framework \`${ref}\` is outside the repository; give a path inside it, relative to the growth folder (e.g. \`framework.yml\`). Using the built-in framework`);
      return builtin;
    }
    path = resolved;
  }
  const text = await read(path);
  if (text === undefined) {
    if (ref !== undefined) at(`framework file ${path} does not exist; using the built-in framework until it does (or set \`framework: ${DEFAULT_FRAMEWORK_ID}\`)`);
    return builtin;
  }
  const parsed = frameworkFromText(text, path);
  for (const p of parsed.problems) problems.push(p);
  if (parsed.value.levels.length === 0 || parsed.value.criteria.length === 0) {
    problems.push(problem(path, 1, `${path} has no usable ${parsed.value.levels.length === 0 ? 'levels' : 'criteria'}; using the built-in framework until it is fixed`));
    return builtin;
  }
  return { framework: parsed.value, ref: relativeToRoot(layout.root, path) };
}

/** `growth/framework.yml` → `framework.yml`, the way a profile would name it. */
function relativeToRoot(root: string, path: string): string {
  if (root === '') return path;
  if (path.startsWith(`${root}/`)) return path.slice(root.length + 1);
  const depth = root.split('/').length;
  return `${'../'.repeat(depth)}${path}`;
}
