import { describe, expect, it } from 'vitest';
import { nextTurn } from '../../../src/core/async/next-turn';

describe('nextTurn', () => {
  it('resolves only after the host ran what it had queued (a timer, not a microtask)', async () => {
    const ran: string[] = [];
    setTimeout(() => ran.push('queued timer'), 0);
    void Promise.resolve().then(() => ran.push('microtask'));
    await nextTurn();
    expect(ran).toEqual(['microtask', 'queued timer']);
  });
});
