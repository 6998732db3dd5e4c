import type { GapVerdict, MapViewModel } from '../../shared/evidence-map-protocol';
import { terminalSafe } from '../text/terminal-text';
import { ratingText } from './rating-format';
import { counted } from '../../shared/plural';

/** The verdict as a short word for tables. */
export const VERDICT_WORDS: Readonly<Record<GapVerdict, string>> = {
  meets: 'meets',
  gap: 'gap',
  'no-evidence': 'no evidence',
  'perception-gap': 'perception gap',
};

const EXPECTATION_WIDTH = 48;

/**
 * One line over the table: who, which levels, which window and why that window. Names and levels
 * come from the profile and the framework, so every text here and in the tables below passes
 * through `terminalSafe`: a name cannot add a line to the table or drive the terminal.
 */
export function gapHeading(vm: MapViewModel): string {
  const who = vm.person.name || 'You';
  const levels = vm.person.level || vm.person.targetLevel ? ` · ${vm.person.level ?? '?'} → ${vm.person.targetLevel ?? '?'}` : '';
  return terminalSafe(`${who}${levels} · ${vm.window.label} (${vm.window.rule})`);
}

/** The counts under the table, the same ones the map's headline shows. */
export function gapSummary(vm: MapViewModel): string {
  const h = vm.headline;
  const target = vm.person.targetLevelName ?? vm.person.targetLevel ?? 'the target';
  return terminalSafe(`${h.meetingTarget} of ${h.criteria} criteria meet ${target} · ${h.perceptionGaps} perception ${h.perceptionGaps === 1 ? 'gap' : 'gaps'} · ${counted(h.evidence, 'evidence item')} (${h.unmapped} not mapped) · ${vm.balance.summary}`);
}

/**
 * The gap table as aligned plain text for a terminal: expectations shortened to one line, the
 * reasons listed under the table for every row that does not meet the target.
 */
export function gapTableText(vm: MapViewModel): string {
  const target = vm.person.targetLevel ? `${terminalSafe(vm.person.targetLevel)} expects` : 'target expects';
  const header = ['Criterion', 'Area', 'Self', 'Mgr', 'Evidence', 'Newest', 'Verdict', target];
  const rows = vm.criteria.map((c) => [
    terminalSafe(c.name),
    terminalSafe(c.area),
    c.self ? ratingText(c.self.rating) : '–',
    c.manager ? ratingText(c.manager.rating) : '–',
    String(c.evidenceCount),
    c.newest ?? '–',
    VERDICT_WORDS[c.verdict],
    shorten(terminalSafe(c.targetExpectation ?? '–'), EXPECTATION_WIDTH),
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i] ?? 0))).join('  ').trimEnd();
  const out = [gapHeading(vm), '', line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line), ''];
  const why = vm.criteria.filter((c) => c.verdict !== 'meets');
  if (why.length > 0) {
    out.push('Why:');
    for (const c of why) out.push(`  ${terminalSafe(c.name)}: ${terminalSafe(c.verdictReason)}`);
    out.push('');
  }
  out.push(gapSummary(vm));
  return `${out.join('\n')}\n`;
}

/** The gap table as Markdown, full expectations included (for pasting into a document). */
export function gapTableMarkdown(vm: MapViewModel): string {
  const current = vm.person.levelName ?? vm.person.level ?? 'Current level';
  const target = vm.person.targetLevelName ?? vm.person.targetLevel ?? 'Target level';
  // Line breaks become spaces (a table row is one line), then terminalSafe, then Markdown escapes.
  const cell = (text: string) => terminalSafe(text.replace(/\r?\n/g, ' ')).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
  const out = [
    `## Current state vs. ${target} expectations`,
    '',
    gapHeading(vm),
    '',
    `| Criterion | Area | Self | Manager | ${cell(current)} expects | ${cell(target)} expects | Evidence | Verdict |`,
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const c of vm.criteria) {
    const evidence = c.evidenceCount === 0 ? '0' : `${c.evidenceCount} (newest ${c.newest})`;
    out.push(
      `| ${cell(c.name)} | ${cell(c.area)} | ${c.self ? ratingText(c.self.rating) : '–'} | ${c.manager ? ratingText(c.manager.rating) : '–'} | ${cell(c.currentExpectation ?? '–')} | ${cell(c.targetExpectation ?? '–')} | ${evidence} | ${VERDICT_WORDS[c.verdict]}: ${cell(c.verdictReason)} |`,
    );
  }
  out.push('', cell(gapSummary(vm)), '');
  return out.join('\n');
}

/** Code points, so that a name with accents lines up like one without. */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
