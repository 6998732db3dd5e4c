import { readFileSync } from 'node:fs';

/** The text of a fixture under test/fixtures/model. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`../../fixtures/model/${name}`, import.meta.url), 'utf8');
}
