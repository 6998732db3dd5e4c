import * as vscode from 'vscode';
import { writeRecord } from './result-reporter';

/** A notification the extension showed during the run. */
export interface ShownNotification {
  readonly severity: 'error' | 'warning' | 'information';
  readonly message: string;
  readonly at: number;
  /** Set by `acknowledge`: a test provoked this message on purpose and checked it. */
  expected?: boolean;
}

type Show = (message: string, ...rest: unknown[]) => Thenable<unknown>;

/**
 * Records the notifications shown through this extension's `vscode.window`. The test module is
 * loaded from inside the extension's folder, so VS Code hands it the same API object as the
 * extension: wrapping the three methods here sees every message the extension shows, while the
 * message still appears as usual.
 */
class NotificationRecorder {
  readonly shown: ShownNotification[] = [];
  private installed = false;

  install(): void {
    if (this.installed) return;
    this.installed = true;
    const window = vscode.window as unknown as Record<string, Show>;
    for (const [method, severity] of [
      ['showErrorMessage', 'error'],
      ['showWarningMessage', 'warning'],
      ['showInformationMessage', 'information'],
    ] as const) {
      const original = window[method];
      if (!original) continue;
      window[method] = (message: string, ...rest: unknown[]) => {
        this.shown.push({ severity, message, at: Date.now() });
        return original.call(vscode.window, message, ...rest);
      };
    }
  }

  /** Notifications shown since `mark` (a value of `Date.now()` taken before the action). */
  since(mark: number): ShownNotification[] {
    return this.shown.filter((n) => n.at >= mark);
  }

  /**
   * Marks an error a test provoked on purpose (and asserted on) as expected, here and for the
   * runner's check of the extension's log, where the same message is logged.
   */
  acknowledge(notification: ShownNotification): void {
    notification.expected = true;
    writeRecord({ type: 'expected-error', message: notification.message.replace(/^Growth Ledger: /, '') });
  }

  /** Errors nobody provoked on purpose: the session fails when there are any. */
  unexpectedErrors(): ShownNotification[] {
    return this.shown.filter((n) => n.severity === 'error' && !n.expected);
  }
}

/** The one recorder of this extension host. */
export const notifications = new NotificationRecorder();
