import type { EvidenceItem } from '../evidence/evidence-item';
import type { Framework } from '../model/types';
import { problem, type Problem } from '../problems';
import { didYouMean } from '../model/closest-id';
import type { CriteriaCorrection, EvidenceCorrections, ExcludedEvidence } from './evidence-corrections';
import { compileSignals, type SignalMatcher } from './signal-matcher';

/** An item the person excluded, kept apart so views can say what was left out and why. */
export interface ExcludedItem {
  readonly item: EvidenceItem;
  readonly reason: string;
}

/** The result of {@link mapEvidence}. */
export interface MappedEvidence {
  /** Every item not excluded, with `criteria` (framework order) and `reasons` filled in; input order. */
  readonly items: readonly EvidenceItem[];
  readonly excluded: readonly ExcludedItem[];
  /** Corrections whose item no longer exists or that name an unknown criterion: reported, never dropped from the file. */
  readonly problems: readonly Problem[];
}

export interface MapEvidenceOptions {
  /** The framework's signals compiled beforehand, when the same framework maps many lists. */
  readonly matcher?: SignalMatcher;
  /** Extra text to search for keywords (a ledger entry's body, a commit's message). */
  readonly bodyOf?: (item: EvidenceItem) => string | undefined;
  /**
   * Ids known to exist beyond `items` (e.g. items outside the window): a correction about one of
   * them is not an orphan. Without it, `items` must be the whole list for orphans to be right.
   */
  readonly knownIds?: { has(id: string): boolean };
}

/**
 * Maps each item to the framework's criteria, in this order:
 *
 * 1. **Explicit tags**: criteria already on the item (ledger tags, a two-note's `criteria`) are the
 *    person's own choice; when there are any, signals are not consulted.
 * 2. **Signals**, only for items without explicit tags: the criteria whose `signals` name the
 *    item's kind, match its path (git items) or whose keywords appear in its title or body.
 * 3. **Corrections** from `evidence.yml`, which always win: an excluded item is set apart; a hand
 *    mapping replaces what signals guessed (explicit tags stay); `unmapped` removes criteria
 *    whatever put them there.
 *
 * Every criterion an item ends up with has a reason in words. Pure and linear in the number of
 * items: signals are compiled once per call (or passed in).
 */
export function mapEvidence(items: readonly EvidenceItem[], framework: Framework, corrections: EvidenceCorrections, options: MapEvidenceOptions = {}): MappedEvidence {
  const matcher = options.matcher ?? compileSignals(framework);
  const known = new Set(framework.criteria.map((c) => c.id));
  const size = framework.criteria.length;
  const ids0 = framework.criteria.map((c) => c.id);
  const order = new Map(framework.criteria.map((c, i) => [c.id, i]));
  const names = new Map(framework.criteria.map((c) => [c.id, c.name]));
  const problems: Problem[] = [];
  const excluded = byId(corrections.excluded);
  const mapped = byId(corrections.mapped);
  const unmapped = byId(corrections.unmapped);
  const correctionIds = new Set([...excluded.keys(), ...mapped.keys(), ...unmapped.keys()]);
  const found = new Set<string>();
  const out: EvidenceItem[] = [];
  const apart: ExcludedItem[] = [];
  const byOrder = (a: string, b: string) => (order.get(a) as number) - (order.get(b) as number);

  for (const item of items) {
    // Most items have no correction: one set lookup, and only when there are corrections at all.
    const corrected = correctionIds.size > 0 && correctionIds.has(item.id);
    if (corrected) {
      found.add(item.id);
      const exclusion = excluded.get(item.id);
      if (exclusion) {
        apart.push({ item, reason: exclusionReason(exclusion) });
        continue;
      }
      out.push(withCorrections(item, mapped.get(item.id), unmapped.get(item.id)));
      continue;
    }
    const explicit = item.criteria.filter((c) => order.has(c));
    if (explicit.length > 0) {
      out.push({ ...item, criteria: explicit.sort(byOrder) });
      continue;
    }
    const matches = matcher.match(item, options.bodyOf?.(item));
    const reasons = [...item.reasons];
    for (const m of matches) if (!reasons.includes(m.reason)) reasons.push(m.reason);
    out.push({ ...item, criteria: matches.map((m) => m.criterion), reasons });
  }

  /** The slow path, for the few items the person corrected by hand. */
  function withCorrections(item: EvidenceItem, hand: CriteriaCorrection | undefined, removed: CriteriaCorrection | undefined): EvidenceItem {
    // Reasons per framework position: the criteria come out in framework order without sorting.
    const slots: (string[] | undefined)[] = new Array(size);
    const add = (id: string, reason: string) => {
      const at = order.get(id);
      if (at === undefined) return;
      const slot = slots[at];
      if (slot) {
        if (reason !== '') slot.push(reason);
      } else slots[at] = reason === '' ? [] : [reason];
    };
    let explicit = 0;
    for (const c of item.criteria) {
      if (order.has(c)) {
        add(c, '');
        explicit++;
      }
    }
    if (explicit === 0 && !hand) {
      for (const m of matcher.match(item, options.bodyOf?.(item))) add(m.criterion, m.reason);
    }
    if (hand) for (const c of hand.criteria) add(c, `you mapped this to ${names.get(c)} by hand${on(hand.date)}`);
    if (removed) for (const c of removed.criteria) if (order.has(c)) slots[order.get(c) as number] = undefined;
    const ids: string[] = [];
    const reasons = [...item.reasons];
    for (let i = 0; i < size; i++) {
      const slot = slots[i];
      if (!slot) continue;
      ids.push(ids0[i] as string);
      for (const r of slot) if (!reasons.includes(r)) reasons.push(r);
    }
    if (removed) {
      const gone = removed.criteria.filter((c) => order.has(c)).map((c) => names.get(c) ?? c);
      if (gone.length > 0) reasons.push(`you removed ${gone.join(', ')} from it by hand${on(removed.date)}`);
    }
    return { ...item, criteria: ids, reasons };
  }

  const exists = (id: string) => found.has(id) || options.knownIds?.has(id) === true;
  const file = corrections.file;
  const orphan = (c: { id: string; line: number }, what: string) =>
    problem(file, c.line, `${what} ${c.id} matches no evidence any more (was the message or author date of its commit rewritten, or its file moved?); the correction is kept until you delete it`, 'warning');
  for (const c of corrections.excluded) if (!exists(c.id)) problems.push(orphan(c, 'excluded item'));
  for (const [what, list] of [['hand mapping for', corrections.mapped], ['removed mapping for', corrections.unmapped]] as const) {
    for (const c of list) {
      if (!exists(c.id)) problems.push(orphan(c, what));
      for (const id of c.criteria) {
        if (!known.has(id)) problems.push(problem(file, c.line, `criterion \`${id}\` in the correction for ${c.id} is not in the framework${didYouMean(id, known)}`, 'warning'));
      }
    }
  }
  return { items: out, excluded: apart, problems };
}

function byId<T extends { readonly id: string }>(list: readonly T[]): Map<string, T> {
  // The last entry for an id wins: later lines are later decisions.
  return new Map(list.map((c) => [c.id, c]));
}

function on(date: string | undefined): string {
  return date ? ` on ${date}` : '';
}

function exclusionReason(c: ExcludedEvidence): string {
  return `you excluded this${on(c.date)}${c.reason ? `: ${c.reason}` : ''}`;
}
