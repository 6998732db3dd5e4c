import { Document, isSeq, visit } from 'yaml';
import type { Framework } from '../model/types';

const HEADER = [
  'Career framework for Growth Ledger: levels, a rating scale, and the criteria evidence is',
  'mapped onto. Edit it to match your team: change expectations, add or remove criteria, tune',
  'the signals (evidence kinds, path globs, keywords) that count as evidence for each criterion.',
  'Give it your own `id` and `name` if you change it, so packets say which framework they used.',
  'Criterion ids are kebab-case and are what #tags in the ledger and ratings in assessments.yml',
  'name. Levels go from the most junior to the most senior. `area` is technical or soft.',
];

/**
 * A `framework.yml` text for `framework`, so a team can start from the built-in default and
 * edit it. Signal lists are written inline to keep each criterion readable on one screen; long
 * texts stay on one line so that diffs of an edited expectation stay small.
 * `parseFramework` reads the result back to an equal framework with no problems.
 */
export function renderFrameworkYaml(framework: Framework): string {
  const data = {
    id: framework.id,
    name: framework.name,
    scale: {
      min: framework.scale.min,
      max: framework.scale.max,
      // A Map keeps the rating numbers as numbers (`1: Developing`, not `"1": Developing`).
      labels: new Map(Object.entries(framework.scale.labels).map(([k, v]) => [Number(k), v])),
    },
    levels: framework.levels.map((l) => ({ id: l.id, name: l.name, ...(l.technicalShare !== undefined ? { technicalShare: l.technicalShare } : {}) })),
    ...(framework.extraKinds.length > 0 ? { kinds: [...framework.extraKinds] } : {}),
    criteria: framework.criteria.map((c) => ({
      id: c.id,
      name: c.name,
      area: c.area,
      description: c.description,
      expectations: Object.fromEntries(
        framework.levels.flatMap((l) => (c.expectations[l.id] === undefined ? [] : [[l.id, c.expectations[l.id]]])),
      ),
      signals: { kinds: [...c.signals.kinds], paths: [...c.signals.paths], keywords: [...c.signals.keywords] },
    })),
  };
  const doc = new Document(data, { schema: 'core' });
  visit(doc, {
    Pair(_, pair) {
      const key = typeof pair.key === 'object' && pair.key !== null && 'value' in pair.key ? pair.key.value : pair.key;
      if (isSeq(pair.value) && (key === 'kinds' || key === 'paths' || key === 'keywords')) pair.value.flow = true;
    },
  });
  doc.commentBefore = HEADER.map((l) => ` ${l}`).join('\n');
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
