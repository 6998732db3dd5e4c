import type { PersonName } from '../../git/mailmap';
import type { Trailer } from '../../git/trailers';
import type { CommitFacts } from '../classification/commit-facts';
import { BOUNDARY, dayNumber, FACT_FORMAT_VERSION, FORGE_SQUASH, MERGE, type EncodedSegment } from './fact-codec';

/** Interns values into a table, returning each one's index; `row` is only called for a new key. */
class Table<K, V> {
  readonly rows: V[] = [];
  private readonly index = new Map<K, number>();
  constructor(private readonly row: (key: K) => V) {}
  at(key: K): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.rows.push(this.row(key)) - 1;
      this.index.set(key, i);
    }
    return i;
  }
}

const personRow = (p: PersonName): [string, string] => [p.name, p.email];
const trailerRow = (t: Trailer): [string, string] => [t.written, t.value];
const same = <T>(v: T): T => v;

/**
 * Builds the columns of a cache segment one commit at a time, so a cold read can encode while git
 * is still streaming (the main thread is otherwise idle then) instead of after it. Commits may be
 * added newest first, as git prints them, and the columns reversed at the end. Merges are encoded
 * last, because who wrote a merged branch is only known once its tip has streamed by.
 */
export class SegmentBuilder {
  private readonly people = new Table<PersonName, [string, string]>(personRow);
  // Keyed by object: authors, area sets and trailers are shared objects (see FactInterner), so
  // identity finds them without building a string key per commit. Equal values in distinct
  // objects (from another interner) only cost a duplicate table row.
  private readonly areaSets = new Table<readonly string[], readonly string[]>(same);
  private readonly types = new Table<string, string>(same);
  private readonly trailers = new Table<Trailer, [string, string]>(trailerRow);
  private readonly days = new Map<string, number>();
  private readonly shas: string[] = [];
  private readonly author: number[] = [];
  private readonly day: number[] = [];
  private readonly flags: number[] = [];
  private readonly areaSet: number[] = [];
  private readonly type: number[] = [];
  private readonly subjectAt: number[] = [];
  private readonly subjects: string[] = [];
  private readonly trailersAt: number[] = [];
  private readonly trailerLists: number[][] = [];
  private readonly mergeFacts: { at: number; c: CommitFacts }[] = [];
  private readonly docsAt: number[] = [];
  private readonly docs: unknown[][][] = [];

  constructor() {
    this.types.at('');
  }

  get count(): number {
    return this.shas.length;
  }

  add(c: CommitFacts): void {
    const i = this.shas.length;
    if (i > 0 && c.sha.length !== this.shas[0]?.length) throw new Error('commits of one repository must share a hash length');
    this.shas.push(c.sha);
    this.author.push(this.people.at(c.author));
    let day = this.days.get(c.date);
    if (day === undefined) {
      day = dayNumber(c.date);
      this.days.set(c.date, day);
    }
    this.day.push(day);
    this.flags.push((c.merge ? MERGE : 0) | (c.boundary ? BOUNDARY : 0) | (c.forgeSquash ? FORGE_SQUASH : 0));
    this.areaSet.push(this.areaSets.at(c.areas));
    this.type.push(c.type ? this.types.at(c.type) : 0);
    if (c.subject !== undefined) {
      this.subjectAt.push(i);
      this.subjects.push(c.subject);
    }
    if (c.trailers) {
      this.trailersAt.push(i);
      this.trailerLists.push(c.trailers.map((t) => this.trailers.at(t)));
    }
    if (c.pullRequest) this.mergeFacts.push({ at: i, c });
    if (c.docs) {
      this.docsAt.push(i);
      this.docs.push(c.docs.map((d) => [d.status, d.path, d.oldPath ?? 0, d.oldBlob ?? 0, d.newBlob ?? 0]));
    }
  }

  /** The segment; `reverse` when commits were added newest first and the segment must be oldest first. */
  build(reverse: boolean): EncodedSegment {
    const n = this.shas.length;
    const flip = <T>(a: T[]) => (reverse ? a.reverse() : a);
    const at = (indexes: number[]) => flip(reverse ? indexes.map((i) => n - 1 - i) : indexes);
    const merges = this.mergeFacts.map(({ c }) => {
      const pr = c.pullRequest;
      const by = c.mergedAuthor;
      return [pr?.host, pr?.number, pr?.title ?? 0, pr?.from ?? 0, c.mergedTip ?? 0, by ? this.people.at(by) : -1];
    });
    return {
      v: FACT_FORMAT_VERSION,
      count: n,
      shas: flip(this.shas).join(''),
      shaLength: this.shas[0]?.length ?? 40,
      people: this.people.rows,
      author: flip(this.author),
      day: flip(this.day),
      flags: flip(this.flags),
      areaSets: this.areaSets.rows.map((a) => [...a]),
      areaSet: flip(this.areaSet),
      types: this.types.rows,
      type: flip(this.type),
      subjectAt: at(this.subjectAt),
      subjects: flip(this.subjects),
      trailers: this.trailers.rows,
      trailersAt: at(this.trailersAt),
      trailerLists: flip(this.trailerLists),
      mergeAt: at(this.mergeFacts.map((m) => m.at)),
      merges: flip(merges),
      docsAt: at(this.docsAt),
      docs: flip(this.docs),
    };
  }
}

/** Encodes commits (oldest first) as one segment. */
export function encodeSegment(commits: readonly CommitFacts[]): EncodedSegment {
  const b = new SegmentBuilder();
  for (const c of commits) b.add(c);
  return b.build(false);
}
