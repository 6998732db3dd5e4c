/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import type { Workbench } from './workbench';

/**
 * Opens a window for the suite it is called in and returns a getter for it. After every test it
 * closes whatever quick input a failed step left open (it would break the next test), saves a
 * screenshot of a failure, and fails the test when an error notification is on screen; at the end it fails when the notification
 * center holds any error (toasts hide themselves, the center keeps them), and always closes the
 * window, even when that check fails, so that no browser outlives the suite.
 */
export function windowForSuite(open: () => Promise<Workbench>): () => Workbench {
  let wb: Workbench | undefined;
  before(async function () {
    // Opening waits for the window, the trust dialog and the extension's commands: on a busy
    // machine that alone can take longer than a test.
    this.timeout(8 * 60_000);
    wb = await open();
  });
  afterEach(async function () {
    if (!wb) return;
    if (this.currentTest?.state === 'failed') {
      // What the screen showed when the test failed is the first thing to look at.
      await wb.screenshot(`FAILED-${(this.currentTest.title ?? 'test').replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => undefined);
      await wb.dismissInputs();
      return;
    }
    await wb.dismissInputs();
    const errors = (await wb.visibleNotifications()).filter((n) => n.severity === 'error');
    assert.deepEqual(errors.map((n) => n.message), [], 'no error notification is on screen');
  });
  after(async () => {
    if (!wb) return;
    try {
      await wb.dismissInputs();
      const errors = (await wb.allNotifications()).filter((n) => n.severity === 'error');
      assert.deepEqual(errors.map((n) => n.message), [], 'the notification center holds no error');
    } finally {
      await wb.close();
    }
  });
  return () => {
    assert.ok(wb, 'the window opened');
    return wb;
  };
}
