// Frameworks available for new packs: the built-ins, plus any the organisation imports from a JSON file
// (a local variant, or a new Ofsted framework before SEF Studio ships it). An import is checked against
// the same schema as the built-ins and refused with the reasons if it does not fit.
import { basename } from 'node:path';
import { describeIssues, FrameworkSchema, type Framework } from '../../shared/framework';
import { lookupOf, successionProblems } from '../../shared/lineage';
import { change } from '../change';
import { today } from '../context';
import { AppError } from '../errors';
import { allFrameworks, findFramework, isBuiltInFramework, summariseFramework } from '../frameworks/lookup';
import type { HandlersFor } from '../handlers';
import { megabytes, readRegularFile } from '../files/read';

/** Far more than any real framework (the largest built-in is a few tens of kilobytes). */
const MAX_FRAMEWORK_BYTES = 5 * 1024 * 1024;

async function readFrameworkFile(path: string): Promise<Framework> {
  const name = basename(path);
  const bytes = await readRegularFile(path, {
    maxBytes: MAX_FRAMEWORK_BYTES,
    tooLarge: (size) =>
      new AppError('too_large', `${name} is ${megabytes(size)}; a framework file can be up to ${megabytes(MAX_FRAMEWORK_BYTES)}. Check it is the right file.`),
  });
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    // The parser's message quotes the file's first characters; a file chosen by mistake may be private.
    throw new AppError('invalid_input', `${name} is not a JSON file, so it cannot be a framework. Check it is a SEF Studio framework file (.json).`);
  }
  const parsed = FrameworkSchema.safeParse(json);
  if (!parsed.success)
    throw new AppError('invalid_input', `${name} is not a valid framework file: ${describeIssues(parsed.error).join('; ')}.`);
  return parsed.data;
}

export const frameworkHandlers: HandlersFor<'frameworks.list' | 'frameworks.get' | 'frameworks.import'> = {
  'frameworks.list': async (_input, ctx) => {
    const todayIso = today(ctx);
    return (await allFrameworks(ctx.db)).map((framework) => summariseFramework(framework, todayIso));
  },

  'frameworks.get': async ({ frameworkId }, ctx) => findFramework(ctx.db, frameworkId),

  'frameworks.import': async ({ file }, ctx) => {
    const path = ctx.files.take(file, 'import-framework');
    const framework = await readFrameworkFile(path);
    const problems = successionProblems(framework, lookupOf(await allFrameworks(ctx.db)));
    if (problems.length)
      throw new AppError('invalid_input', `${basename(path)} is not a valid framework file: it ${problems.join('; ')}. Correct the "supersedes" mapping.`);
    if (isBuiltInFramework(framework.id))
      throw new AppError(
        'conflict',
        `${basename(path)} has the id "${framework.id}", which is a framework built into SEF Studio. Give the imported framework an id of its own, such as "${framework.id}-local".`,
      );
    // Re-importing an id replaces the earlier import; packs keep the copy they were made from.
    return change(ctx, async (c) => {
      const earlier = await c.tx.get<{ json: string }>('SELECT json FROM frameworks WHERE id = ?', [framework.id]);
      await c.tx.run(
        `INSERT INTO frameworks (id, json, imported_at) VALUES (?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET json = excluded.json, imported_at = excluded.imported_at`,
        [framework.id, JSON.stringify(framework), c.at],
      );
      const describe = (f: Pick<Framework, 'title' | 'version'>) => ({ title: f.title, version: f.version });
      await c.record({
        entity: 'framework',
        entityId: framework.id,
        action: earlier ? 'Replaced imported framework' : 'Imported framework',
        before: earlier ? describe(JSON.parse(earlier.json) as Framework) : undefined,
        after: describe(framework),
      });
      return summariseFramework(framework, today(ctx));
    });
  },
};
