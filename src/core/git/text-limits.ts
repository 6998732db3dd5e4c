/**
 * The longest line of repository text (a header line, a trailer, a `.mailmap` line, a name) that
 * mining reads. Everything it reads comes from people who may not be friendly: a line far longer
 * than any real header is skipped before any regular expression sees it, so a crafted file or
 * commit message cannot make parsing slow. A real `Author:` line or trailer is well under 200.
 */
export const LONGEST_LINE = 1000;
