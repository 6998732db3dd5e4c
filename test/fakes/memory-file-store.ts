import type { GrowthFileStore } from '../../src/core/ports';

/**
 * An in-memory growth file store. It keeps a log of writes so tests can assert that nothing was
 * rewritten, and it throws on what the real stores refuse (paths leaving the root, stale inserts).
 */
export class MemoryFileStore implements GrowthFileStore {
  readonly files = new Map<string, string>();
  readonly writes: { op: 'create' | 'append' | 'insert' | 'update'; path: string }[] = [];

  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.files.set(k, v);
  }

  async read(path: string): Promise<string | undefined> {
    this.check(path);
    return this.files.get(path);
  }

  async list(dir: string): Promise<string[]> {
    this.check(dir);
    const prefix = `${dir}/`;
    const names = new Set<string>();
    for (const key of this.files.keys()) {
      if (key.startsWith(prefix)) names.add(key.slice(prefix.length).split('/')[0] ?? '');
    }
    return [...names].sort();
  }

  async create(path: string, text: string): Promise<boolean> {
    this.check(path);
    if (this.files.has(path)) return false;
    this.files.set(path, text);
    this.writes.push({ op: 'create', path });
    return true;
  }

  async append(path: string, text: string, header = ''): Promise<void> {
    this.check(path);
    this.files.set(path, (this.files.get(path) ?? header) + text);
    this.writes.push({ op: 'append', path });
  }

  async insert(path: string, offset: number, text: string, expectedText: string): Promise<void> {
    this.check(path);
    const current = this.files.get(path);
    if (current !== expectedText) throw new Error(`unexpected insert into ${path}: the text changed`);
    this.files.set(path, current.slice(0, offset) + text + current.slice(offset));
    this.writes.push({ op: 'insert', path });
  }

  async update(path: string, expectedText: string | undefined, newText: string): Promise<void> {
    this.check(path);
    if (this.files.get(path) !== expectedText) throw new Error(`${path} changed while it was being updated; nothing was written, try again`);
    this.files.set(path, newText);
    this.writes.push({ op: 'update', path });
  }

  private check(path: string): void {
    if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`unexpected path outside the repository: ${path}`);
  }
}

/** A clock fixed at a given local date and time. */
export function fixedClock(iso: string): { now(): Date } {
  return { now: () => new Date(iso) };
}
