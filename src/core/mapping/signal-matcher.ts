import picomatch from 'picomatch';
import type { Framework } from '../model/types';
import type { EvidenceItem } from '../evidence/evidence-item';

/** One criterion an item's signals point to, with the reason in words. */
export interface SignalMatch {
  readonly criterion: string;
  readonly reason: string;
}

/** A framework's signals compiled once, so that matching tens of thousands of items stays cheap. */
export interface SignalMatcher {
  /** Criteria the item's kind, path or words point to, framework order, one reason each. */
  match(item: EvidenceItem, body?: string): readonly SignalMatch[];
}

interface CompiledCriterion {
  readonly id: string;
  readonly name: string;
  readonly globs: readonly { readonly glob: string; readonly re: RegExp }[];
  /** All of the criterion's globs as one expression: one test per item instead of one per glob. */
  readonly anyGlob?: RegExp;
}

/**
 * Compiles every criterion's signals once: kinds into a lookup table, path globs into one
 * expression per criterion (picomatch, case-insensitive, dot files included), and every keyword
 * of every criterion into one expression, so a title is scanned once whatever the number of
 * criteria. Keywords match whole words or phrases, case-insensitively: `led` matches "Led the
 * migration" but not "called"; `1:1` and `all-hands` work too.
 */
export function compileSignals(framework: Framework): SignalMatcher {
  const criteria: CompiledCriterion[] = framework.criteria.map((c) => {
    const globs = c.signals.paths.map((glob) => ({ glob, re: picomatch.makeRe(glob, { nocase: true, dot: true }) }));
    const anyGlob = globs.length > 0 ? new RegExp(globs.map((g) => `(?:${g.re.source})`).join('|'), 'i') : undefined;
    return { id: c.id, name: c.name, globs, ...(anyGlob ? { anyGlob } : {}) };
  });
  const byKind = new Map<string, number[]>();
  const byKeyword = new Map<string, number[]>();
  framework.criteria.forEach((c, i) => {
    for (const kind of c.signals.kinds) push(byKind, kind, i);
    for (const keyword of c.signals.keywords) if (keyword.trim() !== '') push(byKeyword, normalise(keyword), i);
  });
  const words = byKeyword.size > 0 ? keywordPattern([...byKeyword.keys()]) : undefined;

  /** Criterion index → the first keyword of it found in `text`. */
  const keywordsIn = (text: string | undefined): Map<number, string> | undefined => {
    if (!words || !text) return undefined;
    let found: Map<number, string> | undefined;
    words.lastIndex = 0;
    for (let m = words.exec(text); m !== null; m = words.exec(text)) {
      const keyword = normalise(m[1] ?? '');
      for (const i of byKeyword.get(keyword) ?? []) {
        found ??= new Map();
        if (!found.has(i)) found.set(i, keyword);
      }
    }
    return found;
  };

  // Reasons are the same text for every item of a kind or keyword: build each once.
  const kindMatches = new Map<string, SignalMatch[]>();
  for (const [kind, indices] of byKind) {
    kindMatches.set(kind, indices.map((i) => ({ criterion: criteria[i]!.id, reason: `kind ${kind} counts toward ${criteria[i]!.name}` })));
  }
  const wordMatches = new Map<string, SignalMatch>();
  const wordMatch = (where: 'title' | 'text', word: string, i: number): SignalMatch => {
    const key = `${where}\u0000${word}\u0000${i}`;
    let m = wordMatches.get(key);
    if (!m) {
      m = { criterion: criteria[i]!.id, reason: `${where} mentions '${word}', which counts toward ${criteria[i]!.name}` };
      wordMatches.set(key, m);
    }
    return m;
  };

  return {
    match(item, body) {
      const byKindHits = kindMatches.get(item.kind);
      // Path globs describe repository layouts: a growth file's own path says nothing about its content.
      const path = item.source === 'git' ? item.path : undefined;
      const inTitle = keywordsIn(item.title);
      const inBody = keywordsIn(body);
      if (!inTitle && !inBody && path === undefined) return byKindHits ?? [];
      const out: SignalMatch[] = [];
      criteria.forEach((c, i) => {
        const byKindHit = byKindHits?.find((m) => m.criterion === c.id);
        if (byKindHit) {
          out.push(byKindHit);
          return;
        }
        if (path !== undefined && c.anyGlob?.test(path)) {
          const glob = c.globs.find((g) => g.re.test(path))?.glob ?? '';
          out.push({ criterion: c.id, reason: `path ${path} matches ${glob}, which counts toward ${c.name}` });
          return;
        }
        const titleWord = inTitle?.get(i);
        if (titleWord !== undefined) {
          out.push(wordMatch('title', titleWord, i));
          return;
        }
        const bodyWord = inBody?.get(i);
        if (bodyWord !== undefined) out.push(wordMatch('text', bodyWord, i));
      });
      return out;
    },
  };
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (!list.includes(i)) list.push(i);
}

/** Lowercase with single spaces: how keywords are compared once found. */
function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Longer phrases first, so "tech debt" is found as itself and not as "tech". */
function keywordPattern(keywords: readonly string[]): RegExp {
  const alternatives = [...keywords].sort((a, b) => b.length - a.length || a.localeCompare(b)).map((w) => escapeRegExp(w).replace(/ /g, '\\s+'));
  // Letters and digits of any script delimit words, so a match never starts or ends mid-word.
  return new RegExp(`(?<![\\p{L}\\p{N}_])(${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
