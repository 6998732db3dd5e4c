/**
 * Checks for the argument objects commands accept in place of prompts. Anything that can run a
 * command (a keybinding's args, another extension, a command link) can pass them, so they are
 * validated and bounded before anything is written. `undefined` means "no arguments: ask".
 */

export class CommandArgumentError extends Error {}

type Fields = Record<string, unknown>;

export function argumentObject(raw: unknown): Fields | undefined {
  if (raw === undefined || raw === null) return undefined;
  // Tree and editor menus pass their context (a URI, a tree node) as the first argument: that is not input.
  if (typeof raw !== 'object' || Array.isArray(raw) || isEditorContext(raw)) return undefined;
  const fields = raw as Fields;
  if (Object.keys(fields).length === 0) return undefined;
  return fields;
}

export function optionalText(fields: Fields | undefined, key: string, max: number): string | undefined {
  const v = fields?.[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new CommandArgumentError(`"${key}" must be text`);
  if (v.length > max) throw new CommandArgumentError(`"${key}" is longer than ${max} characters`);
  return v;
}

export function optionalList(fields: Fields | undefined, key: string, allowed?: ReadonlySet<string>): string[] | undefined {
  const v = fields?.[key];
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.length > 100 || !v.every((x) => typeof x === 'string' && x.length <= 320)) {
    throw new CommandArgumentError(`"${key}" must be a list of short texts`);
  }
  const unknown = allowed ? v.filter((x) => !allowed.has(x)) : [];
  if (unknown.length > 0) throw new CommandArgumentError(`unknown ${key} ${unknown.join(', ')}; known: ${[...(allowed ?? [])].join(', ')}`);
  return v as string[];
}

export function optionalRatings(fields: Fields | undefined, key: string): Record<string, number> | undefined {
  const v = fields?.[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new CommandArgumentError(`"${key}" must map criterion ids to numbers`);
  const entries = Object.entries(v as Fields);
  if (entries.length > 200 || !entries.every(([, n]) => typeof n === 'number')) throw new CommandArgumentError(`"${key}" must map criterion ids to numbers`);
  return Object.fromEntries(entries) as Record<string, number>;
}

function isEditorContext(raw: object): boolean {
  return 'scheme' in raw && 'path' in raw;
}
