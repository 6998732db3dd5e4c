import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffKey, emptyBlobFacts, type BlobFacts } from '../../../src/core/mining/classification/classify-context';
import { readDocumentBlobs } from '../../../src/core/mining/classification/document-blob-reads';
import { readDocumentHeader } from '../../../src/core/mining/classification/document-header';
import { addedLines } from '../../../src/core/mining/classification/line-diff';

const rfc = (title: string, authors: string, paragraphs: number) =>
  `# ${title}\n\nAuthors: ${authors}\nStatus: accepted\n\n## Summary\n\n${'A paragraph of the proposal.\n'.repeat(paragraphs)}`;

/** What reading every text into one map and then classifying gave (the way before streaming). */
function allAtOnce(headers: string[], diffs: [string, string][], texts: ReadonlyMap<string, string>, pathOf: ReadonlyMap<string, string>): BlobFacts {
  const facts = emptyBlobFacts();
  for (const id of headers) {
    const text = texts.get(id);
    facts.headers.set(id, text === undefined ? { authors: [], lines: 0 } : readDocumentHeader(text, pathOf.get(id) ?? 'document.md'));
  }
  for (const [a, b] of diffs) {
    const after = texts.get(b);
    facts.addedLines.set(diffKey(a, b), after === undefined ? 0 : addedLines(texts.get(a), after));
  }
  return facts;
}

describe('readDocumentBlobs', () => {
  it('records headers and edit sizes as the texts stream by, missing blobs as empty headers and edits of size 0', async () => {
    const v1 = rfc('Retry budgets', 'Ana Lima', 2);
    const v2 = `${v1}## Alternatives\n\nA second design.\nA third design.\n`;
    const texts = new Map([
      ['a1', v1],
      ['a2', v2],
    ]);
    const facts = emptyBlobFacts();
    const asked: string[][] = [];
    const seenWhileStreaming: string[] = [];
    await readDocumentBlobs({ headers: ['a2', 'gone'], diffs: [['a1', 'a2'], ['a2', 'gone']] }, new Map([['a2', 'rfcs/0001-retry.md']]), facts, async (ids, onText) => {
      asked.push([...ids]);
      for (const id of ids) {
        onText(id, texts.get(id));
        // What is known the moment each blob has passed, before the read is over.
        seenWhileStreaming.push(`${id}: ${[...facts.headers.keys(), ...facts.addedLines.keys()].join(' ')}`);
      }
    });
    // Each header and edit is recorded as soon as its texts have passed, not at the end of the read.
    expect(seenWhileStreaming).toEqual(['a1: ', 'a2: a2 a1..a2', 'gone: a2 gone a1..a2 a2..gone']);
    // One read, edits first (old then new), each id once.
    expect(asked).toEqual([['a1', 'a2', 'gone']]);
    expect(facts.headers.get('a2')).toEqual(readDocumentHeader(v2, 'rfcs/0001-retry.md'));
    expect(facts.headers.get('a2')?.authors).toEqual(['Ana Lima']);
    expect(facts.headers.get('gone')).toEqual({ authors: [], lines: 0 });
    expect(facts.addedLines.get(diffKey('a1', 'a2'))).toBe(3);
    expect(facts.addedLines.get(diffKey('a2', 'gone'))).toBe(0);
  });

  it('gives what reading every text at once gave, in any order of answers, with ids left out or answered twice', async () => {
    const id = fc.constantFrom('b1', 'b2', 'b3', 'b4', 'b5', 'b6');
    const text = fc.oneof(
      fc.constantFrom(rfc('Outbox', 'Ana Lima', 1), rfc('Outbox', 'Ana Lima, Bo Chen', 3), '# Notes\n\nshort\n'),
      fc.array(fc.constantFrom('alpha', 'beta', '', '  gamma  ', 'Authors: Noor'), { maxLength: 8 }).map((l) => l.join('\n')),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(id, { maxLength: 6 }),
        fc.array(fc.tuple(id, id), { maxLength: 8 }),
        fc.dictionary(id, text),
        fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
        fc.boolean(),
        async (headers, diffs, given, sortKeys, twice) => {
          const texts = new Map(Object.entries(given));
          const pathOf = new Map([['b1', 'adr/0001-outbox.md']]);
          const expected = allAtOnce(headers, diffs, texts, pathOf);
          const facts = emptyBlobFacts();
          await readDocumentBlobs({ headers, diffs }, pathOf, facts, async (ids, onText) => {
            // Answered in an order of the property's choosing; ids without a text are answered as
            // missing, or (every other one) never answered at all; with `twice`, each answer comes
            // again as missing afterwards (the first answer must stand).
            const order = ids.map((x, k) => [x, sortKeys[k % sortKeys.length] ?? 0] as const).sort((a, b) => a[1] - b[1]).map(([x]) => x);
            order.forEach((x, k) => (texts.has(x) ? onText(x, texts.get(x)) : k % 2 === 0 && onText(x, undefined)));
            if (twice) for (const x of order) onText(x, undefined);
          });
          expect(facts.headers).toEqual(expected.headers);
          expect(facts.addedLines).toEqual(expected.addedLines);
        },
      ),
      { numRuns: 300 },
    );
  });
});
