// The documents Dana writes in the demo repository's last quarter: the RFCs and design docs that
// turn "RFCs and design docs authored" from 0 to 5, each short but written the way a team would.

/** An RFC file with the header fields the miner reads (Author:, Reviewers:). */
export function rfc({ title, status, reviewers, summary, motivation, design }) {
  return `# RFC: ${title}

- Status: ${status}
- Author: Dana Reyes
- Reviewers: ${reviewers.join(', ')}

## Summary

${summary}

## Motivation

${motivation}

## Design

${design}
`;
}

/** A design document with an `Author:` header. */
export function designDoc({ title, reviewers, body }) {
  return `Author: Dana Reyes
Reviewers: ${reviewers.join(', ')}

# Design: ${title}

${body}
`;
}

export const PAYMENTS_API_STANDARD = rfc({
  title: 'One API standard for the payments services',
  status: 'accepted',
  reviewers: ['Priya Natarajan', 'Lee Chen', 'Noor Haddad'],
  summary: 'Every payments service exposes errors, pagination and idempotency the same way, so that callers write one client.',
  motivation: 'Five teams call our services and each wrote its own retry and error handling; two incidents this year came from a misread error code.',
  design: 'Problem+JSON errors with stable codes, cursor pagination, an `Idempotency-Key` header on every write, and a lint rule in CI that checks the OpenAPI files.',
});

export const LEDGER_EVENT_VERSIONS = rfc({
  title: 'Versioned ledger events',
  status: 'accepted',
  reviewers: ['Sam Okafor', 'Alex Kim'],
  summary: 'Ledger events carry a schema version; consumers read every version they claim to support.',
  motivation: 'Reporting broke twice when a field was renamed in the outbox payload.',
  design: 'A version field, additive changes only within a version, and a contract test per consumer.',
});

export const ACQUIRER_SDK = rfc({
  title: 'An internal SDK for acquirer integrations',
  status: 'in review',
  reviewers: ['Priya Natarajan', 'Sam Okafor', 'Lee Chen'],
  summary: 'One library wraps timeouts, retry budgets, idempotency and health for every acquirer.',
  motivation: 'Each new acquirer took six weeks, most of it re-implementing the same safety nets.',
  design: 'An adapter interface per acquirer; the SDK owns the circuit breaker and the retry budget; a conformance test suite every adapter must pass.',
});

export const SETTLEMENT_BATCHING = designDoc({
  title: 'settlement batching',
  reviewers: ['Lee Chen', 'Noor Haddad'],
  body: 'Settle in batches of up to 5,000 captures per acquirer file, with a reconciliation check before the file is sent. Expected: settlement cost down 30%, no manual re-runs.',
});

export const TECH_STRATEGY = designDoc({
  title: 'payments platform technical strategy 2027',
  reviewers: ['Lee Chen', 'Priya Natarajan'],
  body: `## Current state

Three acquirers, twelve services, five teams calling us; p99 checkout latency 1.9 s.

## Key problems

Integrations are slow to add, failures cascade through retries, settlement is manual.

## Initiatives

1. The acquirer SDK (RFC 0019): new acquirer in two weeks, not six.
2. The API standard (RFC 0015) adopted by all five calling teams.
3. Settlement batching: cost down 30%.`,
});
