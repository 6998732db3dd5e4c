import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReview, writeReview } from '../../../src/core/review/review-service';
import type { ReviewInput } from '../../../src/core/review/review-data';
import { reviewToOffer } from '../../../src/core/review/review-offer';
import { removeTemporaryFolders } from '../../git/helpers/repo-builder';
import { yearInputs, type YearInputs } from '../../fixtures/year/year-pipeline';
import { expectGolden } from '../../helpers/golden';

const GOLDEN = join(__dirname, '../../fixtures/golden/review-2026-11.md');

let year: YearInputs;
let input: ReviewInput;
let review: string;

beforeAll(async () => {
  year = await yearInputs();
  input = { month: '2026-11', model: year.model, notes: year.snapshot.notes, repositories: year.repositories, planFile: 'growth/plan.md' };
  review = renderReview(input);
}, 60_000);

afterAll(() => removeTemporaryFolders());


describe('monthly review on the year fixture', () => {
  it('matches the golden review of November 2026', () => {
    expectGolden(review, GOLDEN);
  });

  it('is byte-identical on a second run', () => {
    expect(renderReview(input)).toBe(review);
  });

  it('counts only the month, carries open next steps with links to their lines, and asks to re-read last month\'s note', () => {
    const novemberRows = year.model.evidence.filter((r) => r.date.startsWith('2026-11-'));
    expect(review).toContain(`${novemberRows.length} pieces of evidence in November 2026.`);
    expect(review).not.toContain('2026-10-02');
    const steps = [...review.matchAll(/^- \[ \] (.+) \(.+: \[[^\]]+\]\(\/([^#)]+)#L(\d+)\)\)$/gm)];
    expect(steps.map((m) => m[1])).toEqual([
      'Migrate the refunds service',
      'Tell the mobile team before they parse `details`'.replace(/`/g, '\\`'),
      'Dashboard panel for budget exhaustion',
      'Tell the mobile team (Sam) before they ship client-side retries',
    ]);
    for (const m of steps) {
      const text = readFileSync(join(year.repo.dir, m[2] ?? ''), 'utf8').split('\n')[Number(m[3]) - 1];
      expect(text).toMatch(/^- \[ \] /);
    }
    expect(review).toContain('- Re-read [growth/notes/2026-10-14-api-error-envelope.md](/growth/notes/2026-10-14-api-error-envelope.md) (API error envelope, 2026-10-14): compare clarity a month later.');
    expect(review).toContain('- What went well this month?');
  });

  it('opens an existing review instead of overwriting it', async () => {
    const first = await writeReview(year.store, year.layout, input);
    expect(first).toEqual({ path: 'growth/reviews/2026-11.md', created: true, problems: [] });
    writeFileSync(join(year.repo.dir, first.path), 'my reflections\n');
    const second = await writeReview(year.store, year.layout, input);
    expect(second).toEqual({ path: 'growth/reviews/2026-11.md', created: false, problems: [] });
    expect(readFileSync(join(year.repo.dir, first.path), 'utf8')).toBe('my reflections\n');
  });

  it('falls back to the built-in template when the team\'s is broken, and says where', async () => {
    mkdirSync(join(year.repo.dir, 'growth/templates'), { recursive: true });
    writeFileSync(join(year.repo.dir, 'growth/templates/review.md.mustache'), '# {{title}}\n\n{{#ledger}}\n- {{{line}}}\n');
    const result = await writeReview(year.store, year.layout, { ...input, month: '2026-07' });
    expect(result.created).toBe(true);
    expect(result.problems).toEqual([expect.objectContaining({ file: 'growth/templates/review.md.mustache', line: 3, severity: 'error' })]);
    expect(readFileSync(join(year.repo.dir, result.path), 'utf8')).toBe(renderReview({ ...input, month: '2026-07' }));
  });
});

describe('offering last month\'s review', () => {
  const base = { month: '2026-12', ledgerMonths: ['2026-10', '2026-11'], reviewExists: false };

  it('offers the month that just ended when it has a ledger and no review', () => {
    expect(reviewToOffer(base)).toBe('2026-11');
    expect(reviewToOffer({ ...base, month: '2027-01', ledgerMonths: ['2026-12'] })).toBe('2026-12');
  });

  it('offers it once, and not when the review exists or the month had no ledger', () => {
    expect(reviewToOffer({ ...base, offered: '2026-11' })).toBeUndefined();
    expect(reviewToOffer({ ...base, offered: '2026-10' })).toBe('2026-11');
    expect(reviewToOffer({ ...base, reviewExists: true })).toBeUndefined();
    expect(reviewToOffer({ ...base, ledgerMonths: ['2026-10'] })).toBeUndefined();
  });
});
