import { isIsoDate } from '../time/calendar';

export { slugify, taskFromBranch } from './note-slug';

/** What a new two-note is about. */
export interface NewTwoNote {
  readonly task: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly branch?: string;
  readonly criteria: readonly string[];
}

/** A new note's text and where the editor puts the cursor (0-based): the empty line under the first **Intent**. */
export interface RenderedTwoNote {
  readonly text: string;
  readonly cursor: { readonly line: number; readonly character: number };
}

/** Prompts live in HTML comments so they guide the writer without becoming part of the note when it is read. */
const HALVES = [
  { heading: 'For future me', prompt: 'What you will need in a month to pick this up again without re-reading the code.' },
  { heading: 'For a teammate', prompt: 'What someone new to this work needs: why it exists, what was decided, where to start.' },
] as const;

/**
 * A new two-note: YAML front matter (`status: open`), the task as its title, and the two halves,
 * each with **Intent**, **Tradeoffs** and a **Next steps** checklist. The front matter is written as
 * text rather than through a YAML library so its layout stays the one a person would write; values
 * are quoted whenever plain YAML could misread them.
 */
export function renderTwoNote(note: NewTwoNote): RenderedTwoNote {
  if (!isIsoDate(note.date)) throw new RangeError(`"${note.date}" is not a date; write it as YYYY-MM-DD`);
  const task = note.task.replace(/\s+/g, ' ').trim();
  const lines = ['---', `task: ${yamlScalar(task)}`, `date: ${note.date}`];
  const branch = note.branch?.trim();
  if (branch) lines.push(`branch: ${yamlScalar(branch)}`);
  lines.push(`criteria: [${note.criteria.map(flowItem).join(', ')}]`, 'status: open', '---', '');
  lines.push(`# ${task.replace(/^#+\s*/, '') || 'Two-note'}`);
  let cursor = -1;
  for (const half of HALVES) {
    lines.push('', `## ${half.heading}`, '', `<!-- ${half.prompt} -->`, '', '**Intent**');
    if (cursor < 0) cursor = lines.length;
    lines.push('', '', '**Tradeoffs**', '', '', '**Next steps**', '', '- [ ] ');
  }
  return { text: `${lines.join('\n')}\n`, cursor: { line: cursor, character: 0 } };
}

/** A block-context YAML scalar: plain when it cannot be misread, else double-quoted (JSON strings are valid YAML). */
export function yamlScalar(value: string): string {
  const plain =
    /^[\p{L}\p{N}][\p{L}\p{N} _.,/()'+-]*$/u.test(value) &&
    !/\s$/.test(value) &&
    !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(value) &&
    !/^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/** An item of a flow sequence (`[a, b]`), where commas and brackets would split or end the list. */
function flowItem(value: string): string {
  const v = value.trim();
  return /^[a-z][a-z0-9-]*$/.test(v) ? v : JSON.stringify(v);
}
