import { parseFrontMatter, type FrontMatter } from '../yaml/front-matter';
import { problem, type Parsed, type Problem } from '../problems';
import { isIsoDate } from '../time/calendar';
import type { NoteStatus, TwoNote } from './two-note';
import { readHalves } from './note-sections';

const FILE_DATE = /(?:^|\/)(\d{4}-\d{2}-\d{2})-[^/]*$/;

/**
 * Reads a two-note. Front matter goes through `parseFrontMatter`, which refuses executable front
 * matter (`---js`) without running it; whatever cannot be read becomes a problem at its line and a
 * usable note is still returned (status open, the date from the file name, the task from the title).
 */
export function parseTwoNote(text: string, file: string): Parsed<TwoNote> {
  const fm = parseFrontMatter(text, file);
  const problems: Problem[] = [...fm.problems];
  if (!fm.hasFrontMatter && fm.problems.length === 0) {
    problems.push(problem(file, 1, 'a two-note starts with front matter: a `---` line, then `task:`, `date:` and `status: open`, then `---`', 'warning'));
  }
  const halves = readHalves(fm.content, fm.contentLine, file, problems);
  const task = readTask(fm, halves.title, file, problems);
  const date = readDate(fm, file, problems);
  const branch = readString(fm, 'branch', file, problems);
  const note: TwoNote = {
    task,
    date,
    ...(branch === undefined || branch === '' ? {} : { branch }),
    criteria: readCriteria(fm, file, problems),
    status: readStatus(fm, file, problems),
    futureMe: halves.futureMe,
    teammate: halves.teammate,
  };
  problems.sort((a, b) => a.line - b.line);
  return { value: note, problems };
}

function readTask(fm: FrontMatter, title: string | undefined, file: string, problems: Problem[]): string {
  const task = readString(fm, 'task', file, problems);
  if (task) return task;
  if (fm.hasFrontMatter) problems.push(problem(file, 1, 'no `task:` in the front matter; add the task this note is about', 'warning'));
  if (title) return title;
  const name = file.split('/').pop() ?? file;
  return name.replace(/\.md$/i, '').replace(/^\d{4}-\d{2}-\d{2}-/, '').replace(/-/g, ' ');
}

function readDate(fm: FrontMatter, file: string, problems: Problem[]): string {
  const fromName = FILE_DATE.exec(file)?.[1];
  const value = fm.data.date;
  if (value === undefined || value === null) {
    if (fromName !== undefined && isIsoDate(fromName)) {
      if (fm.hasFrontMatter) problems.push(problem(file, 1, `no \`date:\` in the front matter; using ${fromName} from the file name`, 'warning'));
      return fromName;
    }
    problems.push(problem(file, 1, 'no date: add `date: YYYY-MM-DD` to the front matter'));
    return '';
  }
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
  if (isIsoDate(text)) return text;
  const line = fm.lineOf(['date']) ?? 1;
  const fallback = fromName !== undefined && isIsoDate(fromName) ? fromName : '';
  problems.push(problem(file, line, `date "${text}" is not a real date; write it as YYYY-MM-DD${fallback ? ` (using ${fallback} from the file name meanwhile)` : ''}`));
  return fallback;
}

function readStatus(fm: FrontMatter, file: string, problems: Problem[]): NoteStatus {
  const value = fm.data.status;
  if (value === undefined || value === null) {
    if (fm.hasFrontMatter) problems.push(problem(file, 1, 'no `status:` in the front matter; add `status: open` or `status: done` (read as open)', 'warning'));
    return 'open';
  }
  const status = String(value).trim().toLowerCase();
  if (status === 'open' || status === 'done') return status;
  problems.push(problem(file, fm.lineOf(['status']) ?? 1, `status must be \`open\` or \`done\`, not "${String(value)}"; read as open`));
  return 'open';
}

function readCriteria(fm: FrontMatter, file: string, problems: Problem[]): string[] {
  const value = fm.data.criteria;
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
  const criteria: string[] = [];
  items.forEach((item, i) => {
    if (typeof item !== 'string') {
      const line = fm.lineOf(Array.isArray(value) ? ['criteria', i] : ['criteria']) ?? 1;
      problems.push(problem(file, line, 'each criterion is a criterion id such as `communication`', 'warning'));
      return;
    }
    const id = item.trim().replace(/^#/, '');
    if (id !== '' && !criteria.includes(id)) criteria.push(id);
  });
  return criteria;
}

function readString(fm: FrontMatter, key: string, file: string, problems: Problem[]): string | undefined {
  const value = fm.data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  problems.push(problem(file, fm.lineOf([key]) ?? 1, `\`${key}:\` should be a single line of text`, 'warning'));
  return undefined;
}
