// Frameworks change under a council: SIF became ILACS in 2018, care leavers were split out in January
// 2023, overall effectiveness went in April 2026. Each framework file says which version it supersedes
// and how its areas continue the predecessor's (see SupersedesSchema). These pure functions follow that
// chain: which framework is in force at a date, whether a pack's framework has been superseded as at its
// own date, and which area of an older framework an area continues, so grades compare across the change.
import { flattenAreas, type Framework } from './framework';

/** Frameworks by id: the built-ins and any the organisation imported. */
export type FrameworkLookup = (id: string) => Framework | undefined;

export function lookupOf(frameworks: readonly Framework[]): FrameworkLookup {
  const byId = new Map(frameworks.map((f) => [f.id, f]));
  return (id) => byId.get(id);
}

/** A framework is in force on a date within its period of validity (open-ended when validTo is null). */
export function inForceOn(framework: Pick<Framework, 'validFrom' | 'validTo'>, date: string): boolean {
  return framework.validFrom <= date && (framework.validTo === null || date <= framework.validTo);
}

/** The framework that declares it supersedes this one, if any is known. */
export function successorOf(framework: Framework, frameworks: readonly Framework[]): Framework | undefined {
  return frameworks.find((f) => f.supersedes?.id === framework.id && f.id !== framework.id);
}

/**
 * The frameworks that replaced this one in turn, up to the one in force on the date: [] when this one is
 * still in force, or when nothing known replaces it by then. Each step is one `supersedes` link.
 */
export function successionTo(framework: Framework, date: string, frameworks: readonly Framework[]): Framework[] {
  if (framework.validTo === null || date <= framework.validTo) return [];
  const steps: Framework[] = [];
  const seen = new Set([framework.id]);
  let current = framework;
  for (;;) {
    const next = successorOf(current, frameworks);
    if (!next || seen.has(next.id) || next.validFrom > date) break;
    steps.push(next);
    seen.add(next.id);
    if (inForceOn(next, date)) return steps;
    current = next;
  }
  // Nothing in the chain is in force on the date (a gap, or the chain ends): say nothing rather than guess.
  return [];
}

/** The areas of the predecessor an area continues, main predecessor first; [] for an area that is new. */
export function predecessorAreas(framework: Framework, areaKey: string): string[] {
  return framework.supersedes?.areas.find((a) => a.area === areaKey)?.from ?? [];
}

/**
 * The area of an older framework that an area continues, following main predecessors back one version
 * at a time. Where an area has several predecessors, one with the same id as the area we started from
 * is preferred (ILACS 2023's care leavers continues, through the 2018 combined judgement, as SIF's care
 * leavers sub-judgement); otherwise the main one. Returns the key in each framework passed through,
 * starting with the area itself: [['ilacs-2023', 'children-in-care'], ['ilacs-2018', 'children-in-care-
 * and-care-leavers'], ['sif-2013', 'children-looked-after-and-permanence']].
 */
export function areaLineage(framework: Framework, areaKey: string, lookup: FrameworkLookup): [frameworkId: string, areaKey: string][] {
  const path: [string, string][] = [[framework.id, areaKey]];
  const seen = new Set([framework.id]);
  let current = framework;
  let key = areaKey;
  while (current.supersedes) {
    const from = predecessorAreas(current, key);
    const previous = lookup(current.supersedes.id);
    if (!from.length || seen.has(current.supersedes.id)) break;
    key = from.includes(areaKey) ? areaKey : from[0]!;
    path.push([current.supersedes.id, key]);
    if (!previous) break;
    seen.add(previous.id);
    current = previous;
  }
  return path;
}

/** The ids of this framework and every earlier version it continues, newest first. */
export function frameworkAncestry(framework: Framework, lookup: FrameworkLookup): string[] {
  const ids = [framework.id];
  let current: Framework | undefined = framework;
  while (current?.supersedes && !ids.includes(current.supersedes.id)) {
    ids.push(current.supersedes.id);
    current = lookup(current.supersedes.id);
  }
  return ids;
}

/**
 * Problems with a `supersedes` mapping that only the predecessor can show: it names areas the predecessor
 * does not have, or a version it is not. Empty when the predecessor is not known.
 */
export function successionProblems(framework: Framework, lookup: FrameworkLookup): string[] {
  const link = framework.supersedes;
  const previous = link && lookup(link.id);
  if (!link || !previous) return [];
  const problems: string[] = [];
  if (previous.version !== link.version)
    problems.push(`supersedes ${link.id} version "${link.version}", but that framework is version "${previous.version}"`);
  const known = new Set(flattenAreas(previous.areas).map((a) => a.area.id));
  for (const entry of link.areas)
    for (const key of entry.from)
      if (!known.has(key)) problems.push(`"${entry.area}" continues "${key}", which is not an area of ${previous.shortTitle}`);
  return problems;
}
