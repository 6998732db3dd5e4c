import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/**
 * Compares generated text with its golden file, which must exist: a missing golden fails the test.
 * `UPDATE_GOLDEN=1` rewrites it (then read the diff before committing).
 */
export function expectGolden(text: string, file: string): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}
