import type { Author } from './repo-builder';

/** The person whose evidence the tests look for, and the colleagues around her. */
export const ANA: Author = { name: 'Ana Lima', email: 'ana@work.example' };
export const ANA_HOME: Author = { name: 'Ana L.', email: 'ana@home.example' };
export const ANA_OLD: Author = { name: 'A. Lima', email: 'ana@old.example' };
export const BOB: Author = { name: 'Bob Stone', email: 'bob@example.com' };
export const CAROL: Author = { name: 'Carol Diaz', email: 'carol@example.com' };
export const DAVE: Author = { name: 'Dave Okafor', email: 'dave@example.com' };
export const ERIN: Author = { name: 'Erin Moss', email: 'erin@example.com' };
export const MERGE_ROBOT: Author = { name: 'k8s-ci-robot', email: 'k8s-ci-robot@example.com' };

/** Ana's profile identities: two emails (the old one only reaches her through .mailmap). */
export const ANA_IDENTITIES = [ANA.email, ANA_HOME.email];
