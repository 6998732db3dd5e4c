import type { Clock, GrowthFileStore } from '../ports';
import type { GrowthLayout } from '../layout';
import { localMonth } from '../time/calendar';
import { renderProfile } from '../model/profile-writer';
import { ledgerAppend } from '../ledger/ledger-writer';

/** What Set Up / `init` needs to know about the person; everything else gets a commented default. */
export interface SetUpInput {
  readonly name: string;
  readonly identities: readonly string[];
  readonly level?: string;
  readonly targetLevel?: string;
}

export interface SetUpResult {
  readonly profile: string;
  readonly ledger: string;
  /** False when profile.yml already existed and was left untouched. */
  readonly createdProfile: boolean;
  readonly createdLedger: boolean;
}

/**
 * Creates `profile.yml` and this month's ledger file. Existing files are never touched: running it
 * twice is harmless, and a person's own profile is never replaced by a generated one.
 */
export async function setUpGrowthFolder(store: GrowthFileStore, layout: GrowthLayout, clock: Clock, input: SetUpInput): Promise<SetUpResult> {
  if (input.identities.length === 0) throw new Error('at least one identity (a name or email you commit under) is needed');
  const createdProfile = await store.create(layout.profile, renderProfile(input));
  const month = localMonth(clock.now());
  const ledger = layout.ledgerFile(month);
  let createdLedger = false;
  if ((await store.read(ledger)) === undefined) {
    const first = ledgerAppend(undefined, '', month);
    createdLedger = await store.create(ledger, (first.header ?? '') + first.text);
  }
  return { profile: layout.profile, ledger, createdProfile, createdLedger };
}
