import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPacket, writePacket } from '../../../src/core/packet/packet-service';
import { removeTemporaryFolders } from '../../git/helpers/repo-builder';
import { yearInputs, type YearInputs } from '../../fixtures/year/year-pipeline';
import { expectGolden } from '../../helpers/golden';

const GOLDEN = join(__dirname, '../../fixtures/golden/packet-year.md');
const DATE = '2026-12-01';

let year: YearInputs;
let packet: string;

beforeAll(async () => {
  year = await yearInputs();
  packet = renderPacket({ model: year.model, date: DATE, repositories: year.repositories, planFile: 'growth/plan.md' });
}, 60_000);

afterAll(() => removeTemporaryFolders());


describe('promotion packet on a year of evidence', () => {
  it('matches the golden packet', () => {
    expectGolden(packet, GOLDEN);
  });

  it('is byte-identical on a second run over a freshly built repository', async () => {
    const again = await yearInputs();
    expect(renderPacket({ model: again.model, date: DATE, repositories: again.repositories, planFile: 'growth/plan.md' })).toBe(packet);
  }, 60_000);

  it('has every section the issue asks for', () => {
    const headings = packet.split('\n').filter((l) => /^##? /.test(l));
    expect(headings).toEqual([
      '# Promotion packet: Alex Rivera',
      '## Summary',
      '## Metrics',
      '## Evidence by criterion',
      '## Self vs manager ratings over time',
      '## Development goals and milestones',
      '## Peer feedback',
      '## Appendix: all evidence in the window',
    ]);
    expect(packet).toContain('- **Level:** Senior Engineer → Staff Engineer');
    expect(packet).toContain('**Still missing:**');
    expect(packet).toContain('- RFCs and design docs authored: 0 → 0 (1 in the window)');
    expect(packet).toContain('- ADRs written: 0 → 0 (2 in the window)');
  });

  it('resolves every evidence link to a real line, file or commit of the fixture', () => {
    const links = [...packet.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThan(20);
    const heads = new Set(execFileSync('git', ['rev-list', '--all'], { cwd: year.repo.dir, encoding: 'utf8' }).trim().split('\n'));
    let lines = 0;
    let files = 0;
    let commits = 0;
    for (const link of links) {
      const web = /^https:\/\/github\.com\/acme\/payments\/commit\/([0-9a-f]{40})$/.exec(link);
      if (web) {
        expect(heads, link).toContain(web[1]);
        commits++;
        continue;
      }
      const local = /^\/([^#]+)(?:#L(\d+))?$/.exec(link);
      expect(local, `unexpected link ${link}`).not.toBeNull();
      const path = join(year.repo.dir, decodeURI(local?.[1] ?? ''));
      expect(existsSync(path), link).toBe(true);
      files++;
      const line = local?.[2];
      if (line !== undefined) {
        const text = readFileSync(path, 'utf8').split('\n')[Number(line) - 1] ?? '';
        // A ledger line link lands on the entry's heading, a plan link on a milestone, a two-note link on its front matter.
        expect(text, link).toMatch(/^## \d{4}-\d{2}-\d{2} |^- \[ \] |^---$/);
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(5);
    expect(files).toBeGreaterThan(lines);
    expect(commits).toBeGreaterThan(3);
    // Short SHAs named in link labels are real commits too.
    for (const m of packet.matchAll(/commit ([0-9a-f]{7})\b/g)) {
      expect([...heads].some((h) => h.startsWith(m[1] ?? '')), m[0]).toBe(true);
    }
  });

  it('writes a new file for a second packet the same day and never overwrites the first', async () => {
    const input = { model: year.model, date: DATE, repositories: year.repositories, planFile: 'growth/plan.md' };
    const first = await writePacket(year.store, year.layout, input, 'staff');
    writeFileSync(join(year.repo.dir, first.path), 'my edits\n');
    const second = await writePacket(year.store, year.layout, input, 'staff');
    expect(first.path).toBe('growth/packets/2026-12-01-staff.md');
    expect(second.path).toBe('growth/packets/2026-12-01-staff-2.md');
    expect(readFileSync(join(year.repo.dir, first.path), 'utf8')).toBe('my edits\n');
    expect(readFileSync(join(year.repo.dir, second.path), 'utf8')).toBe(packet);
  });
});
