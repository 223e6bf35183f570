// Import checks what a pack file means, not only its shape: grades that are levels of their framework's
// scale, areas and narrative sections the framework has, citations of evidence that is in the file,
// areas whose depth agrees with their parent, references used once, a framework id that matches the
// framework embedded beside it (or a built-in one named by id and version), and inspection grades that
// keep their framework's limiting rules. Each problem has the path to it and says what to do.
import { inspectionTypePhrase, isGradedInspectionType } from '../../shared/domain';
import { flattenAreas, type Framework } from '../../shared/framework';
import { lookupOf, type FrameworkLookup } from '../../shared/lineage';
import { citedEvidenceIds, type RichDoc } from '../../shared/richtext';
import { levelOf, ruleBreaches } from '../../shared/rules';
import { capitalise } from '../../shared/words';
import { BUILT_IN_FRAMEWORKS, builtInFramework } from '../frameworks/builtin';
import { KIT_DEFAULTS } from '../kit/defaults';
import { isOwnItem } from '../kit/items';
import type { PackFile, PackFilePack } from './schema';

export type ProblemPath = (string | number)[];
export interface Problem {
  path: ProblemPath;
  message: string;
}

/** The framework a pack of the file answers: the one embedded, or the built-in it names. */
export function frameworkOfPack(pack: PackFilePack): Framework | undefined {
  if (pack.framework) return pack.framework;
  const named = pack.builtInFramework && builtInFramework(pack.builtInFramework.id);
  return named && named.version === pack.builtInFramework!.version ? named : undefined;
}

function scaleWords(framework: Framework): string {
  return framework.scale.levels.map((l) => `"${l.id}"`).join(', ');
}

function duplicates(values: string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return twice;
}

class Checker {
  readonly problems: Problem[] = [];
  readonly frameworks: FrameworkLookup;
  readonly evidenceIds: Set<string>;

  constructor(readonly file: PackFile) {
    this.frameworks = lookupOf([...BUILT_IN_FRAMEWORKS, ...file.frameworks.map((f) => f.framework)]);
    this.evidenceIds = new Set(file.evidence.map((e) => e.id));
  }

  add(path: ProblemPath, message: string): void {
    this.problems.push({ path, message });
  }

  citations(path: ProblemPath, doc: RichDoc): void {
    for (const id of citedEvidenceIds(doc))
      if (!this.evidenceIds.has(id)) this.add(path, `Cites the evidence "${id}", which is not in the file. Add the item to "evidence", or remove the citation`);
  }

  importedFrameworks(): void {
    this.file.frameworks.forEach((f, i) => {
      if (f.id !== f.framework.id)
        this.add(['frameworks', i, 'id'], `"${f.id}" does not match the framework's own id "${f.framework.id}". Make them the same`);
      if (builtInFramework(f.framework.id))
        this.add(['frameworks', i, 'framework', 'id'], `"${f.framework.id}" is a framework built into SEF Studio. Give the imported framework an id of its own`);
    });
  }

  inspections(): void {
    const inspectionIds = new Set(this.file.inspections.map((i) => i.id));
    this.file.inspections.forEach((inspection, i) => {
      const path = ['inspections', i];
      if (inspection.grades.length && !isGradedInspectionType(inspection.type))
        this.add([...path, 'grades'], `${capitalise(inspectionTypePhrase(inspection.type))} gives no grades. Remove them, or correct "type"`);
      const framework = inspection.frameworkId ? this.frameworks(inspection.frameworkId) : undefined;
      if (framework) {
        const areas = new Map(flattenAreas(framework.areas).map((f) => [f.area.id, f.area]));
        inspection.grades.forEach((g, j) => {
          if (!areas.get(g.areaKey)?.graded)
            this.add([...path, 'grades', j, 'areaKey'], `"${g.areaKey}" is not a graded area of ${framework.shortTitle}. Use one of its judgements' ids`);
          else if (!levelOf(framework.scale, g.grade))
            this.add([...path, 'grades', j, 'grade'], `"${g.grade}" is not a grade of ${framework.shortTitle}. Use one of ${scaleWords(framework)}`);
        });
        const grades = new Map(inspection.grades.map((g) => [g.areaKey, levelOf(framework.scale, g.grade)?.id ?? null]));
        for (const breach of ruleBreaches(framework, (key) => grades.get(key)))
          this.add([...path, 'grades'], `These grades break a rule of ${framework.shortTitle}: ${breach.rule.statement} Check them against the report`);
        inspection.recommendations.forEach((r, j) => {
          if (r.areaKey && !areas.has(r.areaKey))
            this.add([...path, 'recommendations', j, 'areaKey'], `"${r.areaKey}" is not an area of ${framework.shortTitle}. Use one of its areas' ids, or null`);
        });
      }
      const twice = duplicates(inspection.recommendations.map((r) => r.reference).filter(Boolean));
      inspection.recommendations.forEach((r, j) => {
        if (twice.has(r.reference))
          this.add([...path, 'recommendations', j, 'reference'], `The reference "${r.reference}" is used twice in this inspection. Give each recommendation its own`);
      });
    });
    this.file.evidence.forEach((e, i) => {
      if (e.inspectionId !== null && !inspectionIds.has(e.inspectionId))
        this.add(['evidence', i, 'inspectionId'], `The inspection "${e.inspectionId}" is not in the file. Add it to "inspections", or set this to null`);
    });
  }

  packFramework(pack: PackFilePack, i: number): Framework | undefined {
    const path = ['packs', i];
    if (pack.framework && pack.builtInFramework) {
      this.add([...path, 'builtInFramework'], 'Give the pack its framework or name a built-in one, not both. Remove one of "framework" and "builtInFramework"');
      return pack.framework;
    }
    if (!pack.framework && !pack.builtInFramework) {
      this.add(path, 'The pack has no framework. Embed it in "framework" (as "sef dump" writes it), or name a built-in one in "builtInFramework"');
      return undefined;
    }
    if (pack.builtInFramework) {
      const { id, version } = pack.builtInFramework;
      const named = builtInFramework(id);
      if (!named) {
        this.add([...path, 'builtInFramework', 'id'], `"${id}" is not a framework built into this version of SEF Studio. Embed the framework in "framework" instead`);
        return undefined;
      }
      if (named.version !== version) {
        this.add([...path, 'builtInFramework', 'version'], `SEF Studio's ${named.shortTitle} is version "${named.version}", not "${version}". Embed the version the pack was made from in "framework"`);
        return undefined;
      }
    }
    const framework = frameworkOfPack(pack)!;
    if (pack.frameworkId !== framework.id)
      this.add([...path, 'frameworkId'], `"${pack.frameworkId}" does not match the pack's framework, whose id is "${framework.id}". Make them the same`);
    return framework;
  }

  packs(): void {
    const packs = new Map(this.file.packs.map((p) => [p.id, p]));
    this.file.packs.forEach((pack, i) => {
      const path = ['packs', i];
      this.citations([...path, 'context'], pack.context);
      this.citations([...path, 'boardAsks'], pack.boardAsks);
      const framework = this.packFramework(pack, i);
      const byId = new Map(pack.areas.map((a) => [a.id, a]));
      const definitions = framework ? new Map(flattenAreas(framework.areas).map((f) => [f.area.id, f])) : undefined;
      pack.areas.forEach((area, j) => {
        const at = [...path, 'areas', j];
        const parent = area.parentId === null ? undefined : byId.get(area.parentId);
        const expectedDepth = parent ? parent.depth + 1 : 0;
        if (area.parentId === null || parent) {
          if (area.depth !== expectedDepth)
            this.add([...at, 'depth'], parent
              ? `The depth is ${area.depth}, but its parent "${parent.areaKey}" is at depth ${parent.depth}, so it should be ${expectedDepth}`
              : `The depth is ${area.depth}, but an area with no parent is at depth 0`);
        }
        area.narratives.forEach((n, k) => this.citations([...at, 'narratives', k, 'doc'], n.doc));
        if (!framework || !definitions) return;
        const definition = definitions.get(area.areaKey);
        if (!definition) {
          this.add([...at, 'areaKey'], `"${area.areaKey}" is not an area of ${framework.shortTitle}. Use one of its areas' ids`);
          return;
        }
        if ((definition.parentId ?? null) !== (parent?.areaKey ?? null))
          this.add([...at, 'parentId'], `${framework.shortTitle} puts "${area.areaKey}" ${definition.parentId ? `under "${definition.parentId}"` : 'at the top'}, but here it is ${parent ? `under "${parent.areaKey}"` : 'at the top'}`);
        if (area.grade !== null && !definition.area.graded)
          this.add([...at, 'grade'], `"${area.areaKey}" is not graded in ${framework.shortTitle}, so it cannot have a grade. Set the grade to null`);
        else if (area.grade !== null && !framework.scale.levels.some((l) => l.id === area.grade))
          this.add([...at, 'grade'], `"${area.grade}" is not a grade of ${framework.shortTitle}. Use one of ${scaleWords(framework)}`);
        const sections = new Set((definition.area.sections ?? framework.sections).map((s) => s.id));
        area.narratives.forEach((n, k) => {
          if (!sections.has(n.sectionId))
            this.add([...at, 'narratives', k, 'sectionId'], `"${n.sectionId}" is not a narrative section of "${area.areaKey}" in ${framework.shortTitle}. Use one of ${[...sections].map((s) => `"${s}"`).join(', ')}`);
        });
      });
      if (definitions) {
        const present = new Set(pack.areas.map((a) => a.areaKey));
        for (const key of definitions.keys())
          if (!present.has(key)) this.add([...path, 'areas'], `The pack has no area for "${key}" of ${framework!.shortTitle}. Add it, as every pack has every area of its framework`);
      }
      const twice = duplicates(pack.actions.map((a) => a.reference));
      pack.actions.forEach((a, j) => {
        if (twice.has(a.reference))
          this.add([...path, 'actions', j, 'reference'], `The action reference "${a.reference}" is used twice in this pack. Give each action its own`);
      });
    });
    this.file.engagementMeetings.forEach((m, i) => {
      const pack = m.packId === null ? undefined : packs.get(m.packId);
      if (m.packId !== null && !pack)
        this.add(['engagementMeetings', i, 'packId'], `The pack "${m.packId}" is not in the file. Add it to "packs", or set this to null`);
      if (pack && m.packVersion !== null && m.packVersion > pack.version)
        this.add(['engagementMeetings', i, 'packVersion'], `"${pack.title}" is at version ${pack.version}, so version ${m.packVersion} cannot have been shared`);
    });
  }

  kit(): void {
    const defaults = new Map(KIT_DEFAULTS.map((d) => [d.key, d]));
    const twice = duplicates(this.file.kit.map((k) => k.key));
    this.file.kit.forEach((item, i) => {
      const known = defaults.get(item.key);
      if (twice.has(item.key)) this.add(['kit', i, 'key'], `The kit item "${item.key}" appears twice. Keep one`);
      if (!known && !isOwnItem(item.key))
        this.add(['kit', i, 'key'], `"${item.key}" is not an item of SEF Studio's kit. Give the council's own items keys starting "own-"`);
      if (known && known.section !== item.section)
        this.add(['kit', i, 'section'], `"${item.key}" belongs in "${known.section}", not "${item.section}"`);
    });
  }
}

/** Every problem with what the file means, in file order. Empty when it can be imported. */
export function meaningProblems(file: PackFile): Problem[] {
  const checker = new Checker(file);
  checker.importedFrameworks();
  checker.inspections();
  checker.packs();
  checker.kit();
  return checker.problems;
}

/** What is worth saying but does not stop an import: a draft's self-grades may break a limiting rule for now. */
export function importWarnings(file: PackFile): string[] {
  return file.packs.flatMap((pack) => {
    const framework = frameworkOfPack(pack);
    if (!framework) return [];
    const grades = new Map(pack.areas.map((a) => [a.areaKey, a.grade]));
    return ruleBreaches(framework, (key) => grades.get(key)).map(
      (b) => `"${pack.title}": the self-grades break a rule of ${framework.shortTitle}. ${b.rule.statement}`,
    );
  });
}
