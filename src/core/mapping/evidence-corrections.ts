import type { Parsed } from '../problems';
import { parseYaml } from '../yaml/yaml-document';
import { isIsoDate, isoDateAdvice } from '../time/calendar';
import { FieldReader, type YamlPath } from '../model/yaml-fields';

/** One correction the person made to the evidence, keyed by the stable evidence id. */
export interface EvidenceCorrection {
  /** {@link EvidenceItem.id} the correction is about. */
  readonly id: string;
  /** YYYY-MM-DD the person made it, when written. */
  readonly date?: string;
  /** 1-based line of the entry in `evidence.yml`, to report an orphaned correction at its place. */
  readonly line: number;
}

/** "This is not evidence": an item left out of every count. */
export interface ExcludedEvidence extends EvidenceCorrection {
  readonly reason?: string;
}

/** Criteria added (`mapped`) or removed (`unmapped`) by hand. */
export interface CriteriaCorrection extends EvidenceCorrection {
  readonly criteria: readonly string[];
}

/**
 * `growth/evidence.yml`: the person's corrections, which always win over automatic mapping and
 * survive re-mining because they are keyed by stable evidence ids.
 */
export interface EvidenceCorrections {
  /** Repository-relative path of the file, for problems (`growth/evidence.yml`). */
  readonly file: string;
  readonly excluded: readonly ExcludedEvidence[];
  readonly mapped: readonly CriteriaCorrection[];
  readonly unmapped: readonly CriteriaCorrection[];
}

/** No corrections (no `evidence.yml` yet). */
export function noCorrections(file = 'growth/evidence.yml'): EvidenceCorrections {
  return { file, excluded: [], mapped: [], unmapped: [] };
}

const TOP_KEYS = ['excluded', 'mapped', 'unmapped'] as const;
const EXCLUDED_KEYS = ['id', 'date', 'reason'] as const;
const CRITERIA_KEYS = ['id', 'criteria', 'date'] as const;

/**
 * Parses `growth/evidence.yml`:
 *
 * ```yaml
 * excluded:
 *   - id: git:api:review:5b0e7c1d93a2
 *     date: 2026-11-20
 *     reason: pairing session, not a review
 * mapped:
 *   - id: ledger:growth/ledger/2026-11.md:12
 *     criteria: [mentoring, communication]
 *     date: 2026-11-20
 * unmapped:
 *   - id: git:api:commits:src:2026-11
 *     criteria: [code-quality]
 * ```
 *
 * An entry without an `id` is left out and reported; unknown keys are reported as warnings and
 * kept in the file. Whether a criterion exists is checked later, against the framework in use.
 */
export function parseEvidenceCorrections(text: string, file: string): Parsed<EvidenceCorrections> {
  const yaml = parseYaml(text, file);
  const reader = new FieldReader(yaml, file);
  const data = reader.mapping(yaml.data, [], file) ?? {};
  reader.unknownKeys(data, TOP_KEYS, [], file);
  const excluded = reader.list(data.excluded, ['excluded'], '`excluded`').flatMap((item, i) => {
    const at = ['excluded', i];
    const base = readBase(reader, item, at, EXCLUDED_KEYS);
    if (!base) return [];
    const reason = reader.text(base.entry.reason, [...at, 'reason'], '`reason`');
    return [{ ...base.value, ...(reason ? { reason } : {}) }];
  });
  const criteriaList = (key: 'mapped' | 'unmapped'): CriteriaCorrection[] =>
    reader.list(data[key], [key], `\`${key}\``).flatMap((item, i) => {
      const at = [key, i];
      const base = readBase(reader, item, at, CRITERIA_KEYS);
      if (!base) return [];
      const criteria = reader.textList(base.entry.criteria, [...at, 'criteria'], '`criteria`');
      if (criteria.length === 0) {
        reader.report(at, `\`${key}\` entry for ${base.value.id} names no \`criteria\`; add e.g. \`criteria: [mentoring]\``, 'warning');
        return [];
      }
      return [{ ...base.value, criteria }];
    });
  const value: EvidenceCorrections = { file, excluded, mapped: criteriaList('mapped'), unmapped: criteriaList('unmapped') };
  return { value, problems: [...yaml.problems, ...reader.problems] };
}

function readBase(reader: FieldReader, item: unknown, at: YamlPath, keys: readonly string[]): { entry: Record<string, unknown>; value: EvidenceCorrection } | undefined {
  const entry = reader.mapping(item, at, 'each correction');
  if (!entry) return undefined;
  reader.unknownKeys(entry, keys, at, 'a correction');
  const id = reader.text(entry.id, [...at, 'id'], '`id`');
  const line = reader.line(at);
  if (id === undefined || id === '') {
    reader.report(at, 'correction has no `id`; copy the evidence id from the Evidence view (Copy Link) or `growth-ledger evidence --json`');
    return undefined;
  }
  const date = reader.text(entry.date, [...at, 'date'], '`date`');
  if (date !== undefined && !isIsoDate(date)) {
    reader.report([...at, 'date'], `date of the correction for ${id}: ${isoDateAdvice(date)}`, 'warning');
    return { entry, value: { id, line } };
  }
  return { entry, value: { id, line, ...(date ? { date } : {}) } };
}
