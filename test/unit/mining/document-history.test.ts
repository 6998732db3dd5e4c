import { describe, expect, it } from 'vitest';
import { commitFacts, FactInterner } from '../../../src/core/mining/classification/commit-facts';
import { documentHistory } from '../../../src/core/mining/classification/document-history';
import { ANA, BOB, blob, CAROL, HistoryBuilder } from './fake-git';

function replay(h: HistoryBuilder) {
  const people = new FactInterner();
  return documentHistory(h.commits.map((c) => commitFacts(c, people, new Set())));
}

describe('documentHistory', () => {
  it('follows a document through renames and edits, keeping its first author', () => {
    const h = new HistoryBuilder();
    h.commit('1', ANA, 'add', { changes: [{ status: 'A', path: 'rfcs/0000-x.md', newBlob: blob('v1') }] });
    h.commit('2', BOB, 'number', { changes: [{ status: 'R', score: 100, oldPath: 'rfcs/0000-x.md', path: 'rfcs/2585-x.md', oldBlob: blob('v1'), newBlob: blob('v1') }] });
    h.commit('3', CAROL, 'edit', { changes: [{ status: 'M', path: 'rfcs/2585-x.md', oldBlob: blob('v1'), newBlob: blob('v2') }] });
    const [doc] = replay(h).documents;
    expect(doc?.firstPath).toBe('rfcs/0000-x.md');
    expect(doc?.path).toBe('rfcs/2585-x.md');
    expect(doc?.added.author.name).toBe('Ana Lima');
    expect(doc?.renames.map((r) => r.commit.author.name)).toEqual(['Bob Stone']);
    expect(doc?.edits.map((e) => e.commit.author.name)).toEqual(['Carol Diaz']);
    expect(doc?.latestBlob).toBe(blob('v2'));
  });

  it('swaps two names renamed into each other in one commit', () => {
    const h = new HistoryBuilder();
    h.commit('1', ANA, 'a', { changes: [{ status: 'A', path: 'a.md', newBlob: blob('a') }] });
    h.commit('2', BOB, 'b', { changes: [{ status: 'A', path: 'b.md', newBlob: blob('b') }] });
    h.commit('3', CAROL, 'swap', {
      changes: [
        { status: 'R', score: 100, oldPath: 'a.md', path: 'b.md', oldBlob: blob('a'), newBlob: blob('a') },
        { status: 'R', score: 100, oldPath: 'b.md', path: 'a.md', oldBlob: blob('b'), newBlob: blob('b') },
      ],
    });
    const docs = replay(h).documents;
    expect(docs.map((d) => [d.firstPath, d.path])).toEqual([
      ['a.md', 'b.md'],
      ['b.md', 'a.md'],
    ]);
  });

  it('keeps a deleted document with its last content, and treats a re-added path as a new document', () => {
    const h = new HistoryBuilder();
    h.commit('1', ANA, 'a', { changes: [{ status: 'A', path: 'docs/x.md', newBlob: blob('x1') }] });
    h.commit('2', BOB, 'rm', { changes: [{ status: 'D', path: 'docs/x.md', oldBlob: blob('x1') }] });
    h.commit('3', CAROL, 're-add', { changes: [{ status: 'A', path: 'docs/x.md', newBlob: blob('x2') }] });
    const docs = replay(h).documents;
    expect(docs.map((d) => [d.added.author.name, d.deleted, d.latestBlob])).toEqual([
      ['Ana Lima', true, blob('x1')],
      ['Carol Diaz', false, blob('x2')],
    ]);
  });

  it('tracks kep.yaml metadata by folder', () => {
    const h = new HistoryBuilder();
    h.commit('1', ANA, 'kep', { changes: [{ status: 'A', path: 'keps/sig-a/1-x/kep.yaml', newBlob: blob('k') }, { status: 'A', path: 'keps/sig-a/1-x/README.md', newBlob: blob('r') }] });
    const history = replay(h);
    expect(history.documents.map((d) => d.path)).toEqual(['keps/sig-a/1-x/README.md']);
    expect([...history.metadataByFolder]).toEqual([['keps/sig-a/1-x', blob('k')]]);
  });
});
