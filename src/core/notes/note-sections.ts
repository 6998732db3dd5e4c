import { problem, type Problem } from '../problems';
import { atxHeading, splitLines, VerbatimTracker } from '../ledger/markdown-lines';
import type { NextStep, NoteHalf, NoteHalfName } from './two-note';

/** The Markdown body of a two-note, read into its two halves. */
export interface NoteBody {
  /** The first `# ` heading, used as the task when the front matter names none. */
  readonly title?: string;
  readonly futureMe: NoteHalf;
  readonly teammate: NoteHalf;
}

type Label = 'intent' | 'tradeoffs' | 'nextSteps';

interface HalfDraft {
  readonly line: number;
  readonly text: Record<Label, string[]>;
  readonly steps: NextStep[];
  label: Label | undefined;
}

const SECTION_NAMES: Record<NoteHalfName, string> = { futureMe: '## For future me', teammate: '## For a teammate' };
/** A Markdown task-list item, `- [ ] text` or `- [x] text`: group 1 is the box, group 2 the text. Shared with the plan parser. */
export const CHECKBOX = /^\s*[-*+]\s+\[([ xX])\](?:\s+(.*))?$/;
const TOP_BULLET = /^ ?[-*+]\s+(\S.*)$/;
const BOLD_LABEL = /^(\*\*|__)\s*(intent|trade-?offs|next[ -]steps)\s*:?\s*\1\s*:?\s*(.*)$/i;

/**
 * Reads `## For future me` and `## For a teammate`, each with its **Intent**, **Tradeoffs** and
 * **Next steps** (also accepted as `### Intent` headings). `firstLine` is the file line of the first
 * line of `content`, so steps and problems point at the right place in the file.
 */
export function readHalves(content: string, firstLine: number, file: string, problems: Problem[]): NoteBody {
  const lines = splitLines(content);
  const tracker = new VerbatimTracker();
  const drafts: Partial<Record<NoteHalfName, HalfDraft>> = {};
  let title: string | undefined;
  let titleLine = firstLine;
  let current: HalfDraft | undefined;
  let inComment = false;
  lines.forEach((line, i) => {
    const fileLine = firstLine + i;
    const verbatim = tracker.step(line, i);
    const comment = verbatim && (inComment || /^\s*<!--/.test(line));
    inComment = tracker.open?.type === 'comment';
    if (comment) return;
    const heading = verbatim ? undefined : atxHeading(line);
    if (heading && heading.level <= 2) {
      if (heading.level === 1 && title === undefined) {
        title = heading.text;
        titleLine = fileLine;
      }
      const half = heading.level === 2 ? halfNamed(heading.text) : undefined;
      current = undefined;
      if (half === undefined) return;
      if (drafts[half]) {
        problems.push(problem(file, fileLine, `a second "${SECTION_NAMES[half]}" section; only the first one is read`, 'warning'));
        return;
      }
      current = { line: fileLine, text: { intent: [], tradeoffs: [], nextSteps: [] }, steps: [], label: undefined };
      drafts[half] = current;
      return;
    }
    if (!current) return;
    const label = verbatim ? undefined : labelOf(line, heading?.text);
    if (label) {
      current.label = label.label;
      if (label.rest !== '') addLine(current, label.rest, fileLine);
      return;
    }
    if (current.label) addLine(current, verbatim ? line : line.replace(/<!--.*?-->/g, ''), fileLine, verbatim);
  });
  const missing = (['futureMe', 'teammate'] as const).filter((h) => !drafts[h]);
  for (const half of missing) {
    problems.push(problem(file, titleLine, `no "${SECTION_NAMES[half]}" section: a two-note has one note for yourself and one for a teammate`, 'warning'));
  }
  return {
    ...(title === undefined || title === '' ? {} : { title }),
    futureMe: finish(drafts.futureMe),
    teammate: finish(drafts.teammate),
  };
}

function halfNamed(heading: string): NoteHalfName | undefined {
  const words = heading.toLowerCase().replace(/[^a-z]/g, '');
  if (/future(me|self)/.test(words)) return 'futureMe';
  if (/teammate|colleague/.test(words)) return 'teammate';
  return undefined;
}

function labelOf(line: string, headingText: string | undefined): { label: Label; rest: string } | undefined {
  const bold = BOLD_LABEL.exec(line.trim());
  const name = bold ? bold[2] : headingText !== undefined && /^(intent|trade-?offs|next[ -]steps)\s*:?$/i.test(headingText) ? headingText : undefined;
  if (name === undefined) return undefined;
  const key = name.toLowerCase();
  const label: Label = key.startsWith('intent') ? 'intent' : key.startsWith('trade') ? 'tradeoffs' : 'nextSteps';
  return { label, rest: (bold?.[3] ?? '').trim() };
}

function addLine(draft: HalfDraft, line: string, fileLine: number, verbatim = false): void {
  const label = draft.label;
  if (!label) return;
  draft.text[label].push(line);
  if (label !== 'nextSteps' || verbatim) return;
  const box = CHECKBOX.exec(line);
  if (box) {
    const text = (box[2] ?? '').trim();
    if (text !== '') draft.steps.push({ text, done: box[1] !== ' ', line: fileLine });
    return;
  }
  // A plain bullet under Next steps is a step too; people do not always type the checkbox.
  const bullet = TOP_BULLET.exec(line);
  if (bullet) draft.steps.push({ text: (bullet[1] ?? '').trim(), done: false, line: fileLine });
}

function finish(draft: HalfDraft | undefined): NoteHalf {
  if (!draft) return { intent: '', tradeoffs: '', nextSteps: [] };
  return { intent: block(draft.text.intent), tradeoffs: block(draft.text.tradeoffs), nextSteps: draft.steps };
}

function block(lines: readonly string[]): string {
  return lines.join('\n').trim();
}
