import { isMap, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { isIsoDate } from '../time/calendar';
import { parseEvidenceCorrections } from './evidence-corrections';

/** One change to `evidence.yml`, as the Evidence view, the map and the CLI ask for it. */
export type CorrectionChange =
  | { readonly type: 'exclude'; readonly id: string; readonly date: string; readonly reason?: string }
  | { readonly type: 'map'; readonly id: string; readonly criteria: readonly string[]; readonly date: string }
  | { readonly type: 'unmap'; readonly id: string; readonly criteria: readonly string[]; readonly date: string };

/** The new text of the file, or why it cannot be changed (nothing is written then). */
export type CorrectionEdit = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'error'; readonly message: string };

const HEADER = [
  '# Corrections to the evidence Growth Ledger found. They always win over automatic mapping and',
  '# survive re-mining: each names an evidence id (Copy Link in the Evidence view).',
  '#   excluded: items that are not evidence, with the date and an optional reason',
  '#   mapped:   criteria you mapped an item to by hand',
  '#   unmapped: criteria removed from an item',
  '',
].join('\n');

/**
 * Applies one correction to the text of `evidence.yml` (`undefined` when it does not exist yet)
 * through the YAML document API, so comments, key order and fields this version does not know
 * stay as the person wrote them. An entry for the same id is updated rather than repeated:
 * mapping adds criteria to the existing `mapped` entry and takes them out of `unmapped`, and
 * unmapping does the reverse. The result is parsed back and refused if it lost anything.
 */
export function applyCorrection(currentText: string | undefined, change: CorrectionChange, file = 'growth/evidence.yml'): CorrectionEdit {
  if (change.id.trim() === '') return { kind: 'error', message: 'an evidence id is needed' };
  if (!isIsoDate(change.date)) return { kind: 'error', message: `\`${change.date}\` is not a date (YYYY-MM-DD)` };
  if (change.type !== 'exclude' && change.criteria.length === 0) return { kind: 'error', message: 'name at least one criterion' };
  const text = currentText ?? HEADER;
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true });
  if (doc.errors.length > 0) {
    return { kind: 'error', message: `${file} cannot be read (${doc.errors[0]?.message.split('\n')[0]}); fix it, then try again` };
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    return { kind: 'error', message: `${file} must be a mapping with \`excluded:\`, \`mapped:\` and \`unmapped:\` lists` };
  }
  const before = currentText === undefined ? undefined : parseEvidenceCorrections(currentText, file).value;
  try {
    if (change.type === 'exclude') {
      const entry = entryFor(doc, 'excluded', change.id);
      entry.set('date', change.date);
      if (change.reason !== undefined && change.reason.trim() !== '') entry.set('reason', change.reason.trim());
    } else {
      const [add, remove] = change.type === 'map' ? (['mapped', 'unmapped'] as const) : (['unmapped', 'mapped'] as const);
      const entry = entryFor(doc, add, change.id);
      const existing = criteriaOf(entry);
      const criteria = doc.createNode([...new Set([...existing, ...change.criteria])]);
      criteria.flow = true;
      entry.set('criteria', criteria);
      entry.set('date', change.date);
      dropCriteria(doc, remove, change.id, change.criteria);
    }
  } catch (e) {
    return { kind: 'error', message: `${file}: ${e instanceof Error ? e.message : String(e)}` };
  }
  // No folding of long lines and `[a, b]` as people write it; comments keep their place (one space before `#`).
  const next = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return verified(before, next, change, file);
}

function listOf(doc: Document, key: string): YAMLSeq {
  const existing = doc.get(key, true);
  if (isSeq(existing)) return existing;
  if (existing !== undefined && existing !== null && !(typeof existing === 'object' && 'value' in existing && existing.value === null)) {
    throw new Error(`\`${key}\` must be a list (lines starting with \`- \`)`);
  }
  const seq = doc.createNode([]) as YAMLSeq;
  doc.set(key, seq);
  return seq;
}

/** The entry for `id` in the `key` list, created at the end of the list when there is none. */
function entryFor(doc: Document, key: string, id: string): YAMLMap {
  const seq = listOf(doc, key);
  const found = seq.items.find((item): item is YAMLMap => isMap(item) && String(item.get('id')) === id);
  if (found) return found;
  const entry = doc.createNode({ id }) as YAMLMap;
  seq.items.push(entry);
  return entry;
}

function criteriaOf(entry: YAMLMap): string[] {
  const value = entry.get('criteria', true);
  if (isSeq(value)) return value.items.map((i) => String(typeof i === 'object' && i !== null && 'value' in i ? i.value : i));
  const single = entry.get('criteria');
  return typeof single === 'string' && single !== '' ? [single] : [];
}

/** Takes `criteria` out of the `key` entry for `id`; an entry left with none is removed. */
function dropCriteria(doc: Document, key: string, id: string, criteria: readonly string[]): void {
  const seq = doc.get(key, true);
  if (!isSeq(seq)) return;
  seq.items = seq.items.filter((item) => {
    if (!isMap(item) || String(item.get('id')) !== id) return true;
    const left = criteriaOf(item).filter((c) => !criteria.includes(c));
    if (left.length === 0) return false;
    const node = doc.createNode(left);
    node.flow = true;
    item.set('criteria', node);
    return true;
  });
}

/** Refuses a result that does not read back as the old corrections plus the change. */
function verified(before: ReturnType<typeof parseEvidenceCorrections>['value'] | undefined, text: string, change: CorrectionChange, file: string): CorrectionEdit {
  const after = parseEvidenceCorrections(text, file);
  const refuse = (why: string): CorrectionEdit => ({ kind: 'error', message: `${file} would not read back as expected (${why}); nothing was written` });
  if (after.problems.some((p) => p.severity === 'error')) return refuse(after.problems.find((p) => p.severity === 'error')?.message ?? 'a problem');
  const v = after.value;
  if (change.type === 'exclude' && !v.excluded.some((e) => e.id === change.id)) return refuse('the exclusion is missing');
  if (change.type === 'map' && !change.criteria.every((c) => v.mapped.some((m) => m.id === change.id && m.criteria.includes(c)))) return refuse('the mapping is missing');
  if (change.type === 'unmap' && !change.criteria.every((c) => v.unmapped.some((m) => m.id === change.id && m.criteria.includes(c)))) return refuse('the removal is missing');
  if (before) {
    const ids = (list: readonly { id: string }[]) => new Set(list.map((e) => e.id));
    const kept = ids(v.excluded);
    if ([...ids(before.excluded)].some((id) => !kept.has(id))) return refuse('an exclusion would be lost');
  }
  return { kind: 'text', text };
}
