/**
 * "1 item", "3 items": a count with its noun, for every count people read (views, packets, the
 * CLI). Shared by the host and the webview so "1 items" cannot come back in one of them.
 */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Just the noun for a count: "milestone" for 1, "milestones" otherwise. */
export function noun(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}
