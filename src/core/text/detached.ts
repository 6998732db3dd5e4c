/**
 * A copy of `s` that shares no memory with the string it was cut from. A JavaScript engine may
 * keep a slice as a view of its whole parent, so a document title sliced from a blob's text, or a
 * pull request's branch from a merge's message, would keep that text alive as long as the title;
 * facts kept for a whole history must not.
 */
export function detached(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
