import { describe, expect, it } from 'vitest';
import { botRule, identityMatcher, parsePerson } from '../../../src/core/git/identity';
import { parseMailmap } from '../../../src/core/git/mailmap';

const MAILMAP = `# Ana moved teams twice
Ana Lima <ana@work.example> <ana@old.example>
Ana Lima <ana@work.example> A. Lima <alima@contractor.example>
<bob@example.com> <robert@example.com>
Bobby Stone <bob@personal.example>
`;

describe('parsePerson', () => {
  it('reads the ways people are named in trailers and headers', () => {
    expect(parsePerson('Ana Lima <ana@work.example>')).toEqual({ name: 'Ana Lima', email: 'ana@work.example' });
    expect(parsePerson('ana@work.example')).toEqual({ name: '', email: 'ana@work.example' });
    expect(parsePerson('@ana-lima')).toEqual({ name: '', email: '', handle: 'ana-lima' });
    expect(parsePerson('Ana Lima (@ana-lima)')).toEqual({ name: 'Ana Lima', email: '', handle: 'ana-lima' });
    expect(parsePerson('[Ana Lima](https://github.com/ana-lima)')).toEqual({ name: 'Ana Lima', email: '', handle: 'ana-lima' });
    expect(parsePerson('"Ana Lima"')).toEqual({ name: 'Ana Lima', email: '' });
  });

  // A 40k-space trailer value took 3 s through the old `(.*?)\s*<…>` and `(.*?)\s*\(@…\)` patterns (quadratic).
  it('does not hang on a value padded with spaces, and names nobody when it is longer than any name', () => {
    const pad = ' '.repeat(400_000);
    expect(parsePerson(`Ana${pad}x`)).toEqual({ name: '', email: '' });
    expect(parsePerson(`Ana${pad}<ana@work.example`)).toEqual({ name: '', email: '' });
    expect(parsePerson(`Ana${pad}(@ana`)).toEqual({ name: '', email: '' });
    expect(parsePerson(`Ana Lima${' '.repeat(900)}<ana@work.example>`)).toEqual({ name: 'Ana Lima', email: 'ana@work.example' });
    expect(parsePerson(`Ana Lima${' '.repeat(900)}(@ana-lima)`)).toEqual({ name: 'Ana Lima', email: '', handle: 'ana-lima' });
    expect(parsePerson('Ana <a> <ana@work.example>')).toEqual({ name: 'Ana', email: 'ana@work.example' });
    expect(parsePerson('Ana (@not a handle)')).toEqual({ name: 'Ana (@not a handle)', email: '' });
  });
});

describe('parseMailmap', () => {
  const map = parseMailmap(MAILMAP);
  it('maps an old email to the proper name and email, case-insensitively', () => {
    expect(map.resolve('Ana', 'ANA@old.example')).toEqual({ name: 'Ana Lima', email: 'ana@work.example' });
  });
  it('honours entries that also name the commit name', () => {
    expect(map.resolve('A. Lima', 'alima@contractor.example')).toEqual({ name: 'Ana Lima', email: 'ana@work.example' });
    expect(map.resolve('Someone Else', 'alima@contractor.example')).toEqual({ name: 'Someone Else', email: 'alima@contractor.example' });
  });
  it('replaces only the email, or only the name, when that is all an entry gives', () => {
    expect(map.resolve('Robert', 'robert@example.com')).toEqual({ name: 'Robert', email: 'bob@example.com' });
    expect(map.resolve('bob', 'bob@personal.example')).toEqual({ name: 'Bobby Stone', email: 'bob@personal.example' });
  });
  it('leaves unknown people alone and survives empty input', () => {
    expect(map.resolve('Carol', 'carol@example.com')).toEqual({ name: 'Carol', email: 'carol@example.com' });
    expect(parseMailmap(undefined).entries).toEqual([]);
  });
  // The old global `([^<>]*)<([^<>]*)>` retried from every position: 1.4 s on a 40k-character line.
  it('does not hang on a long line without brackets, skips overlong lines and still reads the others', () => {
    const crafted = `${'a'.repeat(400_000)}\n${' '.repeat(400_000)}<x@y>\n${'<'.repeat(400_000)}\nAna Lima <ana@work.example> ${' '.repeat(900)}<ana@old.example>\n`;
    const m = parseMailmap(crafted);
    expect(m.entries).toEqual([{ properName: 'Ana Lima', properEmail: 'ana@work.example', commitEmail: 'ana@old.example' }]);
  });
  it('reads a name that follows a stray bracket, as git does', () => {
    expect(parseMailmap('x < Ana Lima <ana@work.example> <ana@old.example>').entries).toEqual([
      { properName: 'Ana Lima', properEmail: 'ana@work.example', commitEmail: 'ana@old.example' },
    ]);
  });
});

describe('identityMatcher', () => {
  it('matches emails and names case-insensitively', () => {
    const me = identityMatcher(['Ana@Work.Example', 'ana lima']);
    expect(me.isPerson({ name: 'Someone', email: 'ana@work.example' })).toBe(true);
    expect(me.isPerson({ name: 'ANA LIMA', email: 'x@y' })).toBe(true);
    expect(me.isPerson({ name: 'Bob', email: 'bob@example.com' })).toBe(false);
  });

  it('follows the mailmap from an old address to a listed one, and from a listed one to the others', () => {
    const map = parseMailmap(MAILMAP);
    expect(identityMatcher(['ana@work.example'], map).isPerson({ name: 'Ana', email: 'ana@old.example' })).toBe(true);
    expect(identityMatcher(['ana@old.example'], map).isPerson({ name: 'A. Lima', email: 'alima@contractor.example' })).toBe(true);
    expect(identityMatcher(['ana@work.example']).isPerson({ name: 'Ana', email: 'ana@old.example' })).toBe(false);
  });

  it('matches a handle against identities given as names', () => {
    expect(identityMatcher(['@ana-lima']).isPerson({ name: '', email: '', handle: 'Ana-Lima' })).toBe(true);
  });
});

describe('botRule', () => {
  const bots = botRule(['renovate*', 'ci@example.com']);
  it('knows GitHub apps, CI robots and the profile’s patterns', () => {
    expect(bots.isBot({ name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' })).toBe(true);
    expect(bots.isBot({ name: 'k8s-ci-robot', email: 'k8s-ci-robot@example.com' })).toBe(true);
    expect(bots.isBot({ name: 'Deploy', email: 'deploy-ci-bot@example.com' })).toBe(true);
    expect(bots.isBot({ name: 'Renovate Bot', email: 'bot@renovateapp.com' })).toBe(true);
    expect(bots.isBot({ name: 'Build', email: 'CI@example.com' })).toBe(true);
  });
  it('does not flag people', () => {
    expect(bots.isBot({ name: 'Robert Stone', email: 'robot.fan@example.com' })).toBe(false);
    expect(bots.isBot({ name: 'Ana Lima', email: 'ana@work.example' })).toBe(false);
  });
});
