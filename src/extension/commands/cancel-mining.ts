import * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';

/** What Cancel Mining needs: something that can stop a run in progress. */
export interface MiningCanceller {
  cancel(): void;
  readonly running: boolean;
}

/** Cancel Mining: stops a mining run in progress (its git process is ended; the cache stays consistent). */
export class CancelMiningCommand implements Command {
  readonly id = COMMAND_IDS.cancelMining;

  constructor(private readonly miner: () => MiningCanceller | undefined) {}

  execute(): void {
    const miner = this.miner();
    if (!miner?.running) {
      vscode.window.setStatusBarMessage('Growth Ledger: no mining in progress', 3000);
      return;
    }
    miner.cancel();
  }
}
