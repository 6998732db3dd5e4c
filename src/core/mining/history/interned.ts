/** Interns values into a list by identity (authors, area sets are shared objects; see FactInterner). */
export class Interned<T> {
  readonly rows: T[] = [];
  private readonly index = new Map<T, number>();
  at(value: T): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.rows.push(value) - 1;
      this.index.set(value, i);
    }
    return i;
  }
}
