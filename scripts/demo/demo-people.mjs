// The people of the demo repository, and the calendar its history is laid out on.
import { person } from '../host/git-writer.mjs';

/** The engineer the demo is about: she commits under a current and an old work email. */
export const DANA = person('Dana Reyes', 'dana@payments.example');
export const DANA_OLD = person('Dana Reyes', 'dana.reyes@oldcorp.example');
export const DANA_LAPTOP = person('dana', 'dana@payments.example');
export const SAM = person('Sam Okafor', 'sam@payments.example');
export const PRIYA = person('Priya Natarajan', 'priya@payments.example');
export const LEE = person('Lee Chen', 'lee@payments.example');
export const ALEX = person('Alex Kim', 'alex@payments.example');
export const NOOR = person('Noor Haddad', 'noor@payments.example');
export const DEPENDABOT = person('dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com');
export const CI_ROBOT = person('ci-robot', 'ci-robot@payments.example');

/** `Name <email>` as trailers write a person. */
export function who(p) {
  return `${p.name} <${p.email}>`;
}

/**
 * Dates relative to an anchor month (default: this month; DEMO_ANCHOR=YYYY-MM pins it), so that
 * the demo's "this month" is always the month it is run in; a pinned past anchor always gives the
 * same history. `at(monthsBack, day, hour)` is an ISO timestamp in UTC.
 */
export function demoCalendar(anchor = process.env.DEMO_ANCHOR) {
  const now = new Date();
  const [y, m] = anchor ? anchor.split('-').map(Number) : [now.getFullYear(), now.getMonth() + 1];
  if (!y || !m) throw new Error(`DEMO_ANCHOR must be YYYY-MM, not ${anchor}`);
  const pad = (n) => String(n).padStart(2, '0');
  const monthOf = (back) => {
    const d = new Date(Date.UTC(y, m - 1 - back, 1));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  };
  // Run in the anchor month itself, its dates are kept to days that have already begun.
  const isCurrent = y === now.getFullYear() && m === now.getMonth() + 1;
  const dayIn = (back, day) => (back === 0 && isCurrent ? Math.min(day, now.getDate()) : day);
  return {
    month: monthOf,
    date: (back, day) => `${monthOf(back)}-${pad(dayIn(back, day))}`,
    at: (back, day, hour = 10) => `${monthOf(back)}-${pad(dayIn(back, day))}T${pad(hour)}:00:00Z`,
  };
}
