/**
 * Resolves on a later turn of the event loop (a timer, not a microtask): the host runs what it has
 * queued meanwhile. Long synchronous steps (classifying a million commits) call it between steps,
 * so the editor's extension host keeps answering, and the garbage collector's own queued work
 * (finishing a marking it started) runs before the next step piles more on the heap: mining a
 * million commits peaked about 35 MB lower with these pauses than without.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
