import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTrailers } from '../../src/core/git/trailers';
import { fixtureEnv } from './helpers/repo-builder';

/**
 * The miner reads trailers by its own rules (git's depend on repository config), but it must never
 * miss one git itself finds: on generated messages, every trailer `git interpret-trailers --parse`
 * prints is among the miner's. The miner may find more (earlier trailer paragraphs, mixed blocks
 * without a sign-off).
 */
function gitTrailers(message: string): string[] {
  const out = execFileSync('git', ['interpret-trailers', '--parse', '--no-divider'], { input: message, env: fixtureEnv(), encoding: 'utf8' });
  return out.split('\n').filter((l) => l !== '');
}

const word = fc.stringMatching(/^[a-z]{1,8}$/);
const key = fc.oneof(
  fc.constantFrom('Reviewed-by', 'Reviewed-By', 'ACKED-BY', 'Acked-by', 'Tested-by', 'Signed-off-by', 'Co-authored-by', 'Bug', 'Change-Id', 'Link', 'Fixes', 'http'),
  fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/),
);
const person = fc.tuple(word, word).map(([n, d]) => `${n[0]?.toUpperCase() ?? 'A'}${n.slice(1)} <${n}@${d}.example>`);
const value = fc.oneof(person, fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')));
const trailer = fc.tuple(key, fc.constantFrom(':', ': ', ' : ', ':  '), value).map(([k, sep, v]) => `${k}${sep}${v}`);
const line = fc.oneof(
  { weight: 6, arbitrary: trailer },
  { weight: 2, arbitrary: person.map((p) => `Signed-off-by: ${p}`) },
  { weight: 2, arbitrary: fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => `  ${w.join(' ')}`) },
  {
    weight: 3,
    arbitrary: fc.constantFrom('Closes #1234', 'Fixes #99', 'Part of #5260', '>', '[ maintainer: reworded ]', '(cherry picked from commit 0123abcd)', 'https://example.org/x'),
  },
  { weight: 3, arbitrary: fc.array(fc.oneof(word, fc.constant('Reviewed-by:'), fc.constant('note:')), { minLength: 2, maxLength: 6 }).map((w) => w.join(' ')) },
);
const paragraph = fc.array(line, { minLength: 1, maxLength: 6 }).map((ls) => ls.join('\n'));
const message = fc.tuple(word, fc.array(paragraph, { minLength: 1, maxLength: 3 })).map(([subject, ps]) => `${subject}\n\n${ps.join('\n\n')}\n`);

describe('trailers compared with git interpret-trailers', () => {
  it('finds every trailer git finds on generated messages', () => {
    fc.assert(
      fc.property(message, (msg) => {
        const body = msg.slice(msg.indexOf('\n\n') + 2);
        const mine = new Set(parseTrailers(body).map((t) => `${t.written}: ${t.value}`.trimEnd()));
        for (const t of gitTrailers(msg)) expect(mine, `git found "${t}" in:\n${msg}`).toContain(t.trimEnd());
      }),
      { numRuns: 250 },
    );
  });
});
