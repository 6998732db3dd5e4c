/**
 * The JSON text of a plain value (what `JSON.stringify` gives) in pieces: arrays and objects are
 * opened `depth` levels deep and their members written one by one. A cache file of a long history
 * (a result memo with tens of thousands of items, the headers of every document version) is then
 * never one string in memory.
 */
export function* jsonPieces(value: unknown, depth = 2): Generator<string> {
  if (depth > 0 && Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      const v: unknown = value[i];
      // JSON writes what it cannot represent inside an array as null.
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') yield 'null';
      else yield* jsonPieces(v, depth - 1);
    }
    yield ']';
    return;
  }
  if (depth > 0 && isPlainObject(value)) {
    yield '{';
    let first = true;
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      yield `${first ? '' : ','}${JSON.stringify(k)}:`;
      first = false;
      yield* jsonPieces(v, depth - 1);
    }
    yield '}';
    return;
  }
  yield JSON.stringify(value) ?? 'null';
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}
