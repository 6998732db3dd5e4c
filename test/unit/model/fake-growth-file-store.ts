import type { GrowthFileStore } from '../../../src/core/ports';

/**
 * An in-memory GrowthFileStore for loading tests: it can only be read, and it remembers which
 * paths were read so tests can prove nothing outside the repository was asked for.
 */
export class FakeGrowthFileStore implements GrowthFileStore {
  readonly reads: string[] = [];
  private readonly files: Map<string, string>;

  constructor(files: Record<string, string>) {
    this.files = new Map(Object.entries(files));
  }

  async read(path: string): Promise<string | undefined> {
    this.reads.push(path);
    return this.files.get(path);
  }

  list(dir: string): Promise<string[]> {
    throw new Error(`unexpected list(${dir})`);
  }

  create(path: string): Promise<boolean> {
    throw new Error(`unexpected create(${path})`);
  }

  append(path: string): Promise<void> {
    throw new Error(`unexpected append(${path})`);
  }

  insert(path: string): Promise<void> {
    throw new Error(`unexpected insert(${path})`);
  }

  update(path: string): Promise<void> {
    throw new Error(`unexpected update(${path})`);
  }
}
