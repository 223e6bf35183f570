// Where a framework comes from: the built-ins that ship with the app, or one the user imported into
// this database. Built-ins win: an import may never take a built-in's id (frameworks.import refuses it).
import type { FrameworkSummary } from '../../shared/entities';
import { FrameworkSchema, type Framework } from '../../shared/framework';
import type { ReadQueries } from '../db/port';
import { notFound } from '../errors';
import { BUILT_IN_FRAMEWORKS, builtInFramework } from './builtin';

/** Imported frameworks were checked when they came in; they are parsed again in case the file was edited. */
function parseStored(json: string): Framework {
  return FrameworkSchema.parse(JSON.parse(json));
}

export async function importedFrameworks(q: ReadQueries): Promise<Framework[]> {
  const rows = await q.all<{ json: string }>('SELECT json FROM frameworks ORDER BY id');
  return rows.map((row) => parseStored(row.json));
}

export async function findFramework(q: ReadQueries, id: string): Promise<Framework> {
  const builtIn = builtInFramework(id);
  if (builtIn) return builtIn;
  const row = await q.get<{ json: string }>('SELECT json FROM frameworks WHERE id = ?', [id]);
  if (!row) throw notFound('That framework');
  return parseStored(row.json);
}

export function isBuiltInFramework(id: string): boolean {
  return builtInFramework(id) !== undefined;
}

/** A framework is current while today falls within its period of validity (open-ended if validTo is null). */
export function summariseFramework(framework: Framework, todayIso: string): FrameworkSummary {
  return {
    id: framework.id,
    title: framework.title,
    shortTitle: framework.shortTitle,
    publisher: framework.publisher,
    version: framework.version,
    validFrom: framework.validFrom,
    validTo: framework.validTo,
    sector: framework.sector,
    builtIn: isBuiltInFramework(framework.id),
    current: framework.validFrom <= todayIso && (framework.validTo === null || todayIso <= framework.validTo),
  };
}

/** Built-ins in their shipped order, then the imported ones. */
export async function allFrameworks(q: ReadQueries): Promise<Framework[]> {
  return [...BUILT_IN_FRAMEWORKS, ...(await importedFrameworks(q))];
}
