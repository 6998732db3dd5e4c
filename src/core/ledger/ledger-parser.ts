import { problem, type Parsed, type Problem } from '../problems';
import { DEFAULT_KIND, type LedgerEntry, type LedgerLink, type LedgerVocabulary } from './ledger-entry';
import { isIsoDate } from '../time/calendar';
import { classifyTags, readTagLine } from './ledger-tags';
import { linkKey, markdownLinks, readLinkLine } from './ledger-links';
import { atxHeading, isBlank, splitLines, VerbatimTracker } from './markdown-lines';

const DATED = /^(\d{4}-\d{1,2}-\d{1,2})(?=$|[\s:—–-])/;
const MONTH_FILE = /(?:^|\/)(\d{4}-\d{2})\.md$/;
/** What people put between the date and the title: `## 2026-11-20 — Title`, `## 2026-11-20: Title`. */
const SEPARATOR = /^[\s:—–-]*/;

/**
 * Reads a ledger month file. Text before the first entry and under headings that are not entries is
 * allowed and skipped; anything that looks wrong becomes a problem at its line and every other
 * entry still loads. One pass over the lines, so a file of thousands of entries stays fast.
 */
export function parseLedger(text: string, file: string, vocab: LedgerVocabulary): Parsed<LedgerEntry[]> {
  const lines = splitLines(text);
  const verbatim = new Uint8Array(lines.length);
  const tracker = new VerbatimTracker();
  const problems: Problem[] = [];
  const entries: LedgerEntry[] = [];
  const seen = new Map<string, number>();
  const fileMonth = MONTH_FILE.exec(file)?.[1];
  let open: number | undefined;

  const close = (end: number) => {
    if (open === undefined) return;
    const entry = readEntry(lines, verbatim, open, end, file, vocab, problems);
    open = undefined;
    if (!entry) return;
    if (fileMonth !== undefined && entry.date.slice(0, 7) !== fileMonth) {
      problems.push(problem(file, entry.line, `entry dated ${entry.date} is in the ${fileMonth} file; it still counts under its own date, but it belongs in ${entry.date.slice(0, 7)}.md`, 'warning'));
    }
    const key = `${entry.date} ${entry.title.toLowerCase()}`;
    const first = entry.title === '' ? undefined : seen.get(key);
    if (first !== undefined) {
      problems.push(problem(file, entry.line, `this entry repeats the date and title of the one at line ${first}; if it is a copy, delete one so it is not counted twice`, 'warning'));
    } else {
      seen.set(key, entry.line);
    }
    entries.push(entry);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (tracker.step(line, i)) {
      verbatim[i] = 1;
      continue;
    }
    const heading = atxHeading(line);
    if (!heading || heading.level > 2) continue;
    close(i);
    if (heading.level === 1) continue;
    if (DATED.test(heading.text)) {
      open = i;
    } else {
      problems.push(problem(file, i + 1, 'heading is not a ledger entry: start it with a date, e.g. `## 2026-11-20 …`', 'warning'));
    }
  }
  close(lines.length);
  const unclosed = tracker.open;
  if (unclosed) {
    const what = unclosed.type === 'fence' ? `code fence is never closed (add a \`${unclosed.closer}\` line)` : 'HTML comment is never closed (add `-->`)';
    problems.push(problem(file, unclosed.index + 1, `this ${what}: everything after it is hidden, including any entries`, 'warning'));
  }
  problems.sort((a, b) => a.line - b.line);
  return { value: entries, problems };
}

/** Builds the entry whose heading is at `start`, running up to (not including) line `end`. */
function readEntry(
  lines: readonly string[],
  verbatim: Uint8Array,
  start: number,
  end: number,
  file: string,
  vocab: LedgerVocabulary,
  problems: Problem[],
): LedgerEntry | undefined {
  const headingText = atxHeading(lines[start] ?? '')?.text ?? '';
  const date = DATED.exec(headingText)?.[1] ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isIsoDate(date)) {
    problems.push(problem(file, start + 1, `${date} is not a real date (write YYYY-MM-DD, e.g. 2026-11-20); this entry is skipped until it is fixed`));
    return undefined;
  }
  const title = headingText.slice(date.length).replace(SEPARATOR, '').trim();
  if (title === '') problems.push(problem(file, start + 1, 'this entry has no title: add a few words after the date', 'warning'));

  let next = start + 1;
  while (next < end && isBlank(lines[next] ?? '')) next++;
  const tagLine = next < end && verbatim[next] === 0 ? readTagLine(lines[next] ?? '') : undefined;
  const meaning = tagLine ? classifyTags(tagLine, vocab) : { kind: DEFAULT_KIND, criteria: [], tags: [] };
  const bodyFrom = tagLine ? next + 1 : start + 1;

  const baseDir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const body: string[] = [];
  const links: LedgerLink[] = [];
  const linkKeys = new Set<string>();
  const addLink = (link: LedgerLink) => {
    const key = linkKey(link);
    if (linkKeys.has(key)) return;
    linkKeys.add(key);
    links.push(link);
  };
  let last = start;
  for (let i = bodyFrom; i < end; i++) {
    const line = lines[i] ?? '';
    if (!isBlank(line)) last = i;
    if (verbatim[i] === 1) {
      body.push(line);
      continue;
    }
    const linkLine = readLinkLine(line);
    if (linkLine === undefined) {
      body.push(line);
      markdownLinks(line, baseDir).forEach(addLink);
    } else if ('link' in linkLine) {
      addLink(linkLine.link);
    } else {
      problems.push(problem(file, i + 1, linkLine.error, 'warning'));
    }
  }
  if (tagLine && last < next) last = next;
  return {
    date,
    title,
    kind: meaning.kind,
    criteria: meaning.criteria,
    tags: meaning.tags,
    body: trimBlankLines(body).join('\n'),
    links,
    line: start + 1,
    endLine: last + 1,
  };
}

function trimBlankLines(lines: string[]): string[] {
  let from = 0;
  let to = lines.length;
  while (from < to && isBlank(lines[from] ?? '')) from++;
  while (to > from && isBlank(lines[to - 1] ?? '')) to--;
  return lines.slice(from, to);
}
