// The frameworks that ship with SEF Studio, one JSON file per framework version in resources/frameworks.
// They are imported statically (so they are bundled by vite and load under vitest and tsx alike) and
// parsed with FrameworkSchema when this module loads: a broken file fails loudly, naming itself.
import { describeIssues, FrameworkSchema, type Framework } from '../../shared/framework';
import { lookupOf, successionProblems } from '../../shared/lineage';
import cqcLa2023 from '../../../resources/frameworks/cqc-la-2023.json' with { type: 'json' };
import ilacs2018 from '../../../resources/frameworks/ilacs-2018.json' with { type: 'json' };
import ilacs2023 from '../../../resources/frameworks/ilacs-2023.json' with { type: 'json' };
import ilacs2026 from '../../../resources/frameworks/ilacs-2026.json' with { type: 'json' };
import sccif from '../../../resources/frameworks/sccif.json' with { type: 'json' };
import sif2013 from '../../../resources/frameworks/sif-2013.json' with { type: 'json' };
import slac2009 from '../../../resources/frameworks/slac-2009.json' with { type: 'json' };

/** File name and contents, newest children's framework first. */
export const BUILT_IN_FRAMEWORK_FILES: readonly { file: string; json: unknown }[] = [
  { file: 'ilacs-2026.json', json: ilacs2026 },
  { file: 'ilacs-2023.json', json: ilacs2023 },
  { file: 'ilacs-2018.json', json: ilacs2018 },
  { file: 'sif-2013.json', json: sif2013 },
  { file: 'slac-2009.json', json: slac2009 },
  { file: 'sccif.json', json: sccif },
  { file: 'cqc-la-2023.json', json: cqcLa2023 },
];

/** Parses one built-in file, throwing an error that names the file and says what is wrong with it. */
export function parseBuiltInFramework(file: string, json: unknown): Framework {
  const parsed = FrameworkSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `The built-in framework file resources/frameworks/${file} is not valid: ${describeIssues(parsed.error).join('; ')}.`,
    );
  const expectedId = file.replace(/\.json$/, '');
  if (parsed.data.id !== expectedId)
    throw new Error(`The built-in framework file resources/frameworks/${file} has id "${parsed.data.id}"; it should be "${expectedId}".`);
  return parsed.data;
}

export const BUILT_IN_FRAMEWORKS: Framework[] = BUILT_IN_FRAMEWORK_FILES.map(({ file, json }) =>
  parseBuiltInFramework(file, json),
);

// A mapping onto a predecessor that lacks the areas it names would carry nothing, silently.
for (const framework of BUILT_IN_FRAMEWORKS) {
  const problems = successionProblems(framework, lookupOf(BUILT_IN_FRAMEWORKS));
  if (problems.length)
    throw new Error(`The built-in framework file resources/frameworks/${framework.id}.json ${problems.join('; ')}.`);
}

export function builtInFramework(id: string): Framework | undefined {
  return BUILT_IN_FRAMEWORKS.find((f) => f.id === id);
}
