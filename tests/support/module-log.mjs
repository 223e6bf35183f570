// Loaded with `node --import` by the CLI tests: writes the URL of every module the process loads (ES
// modules through the resolve hook, CommonJS through Module._load's resolution) to the file named by
// SEF_MODULE_LOG, so a test can see what a command loaded.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

const log = process.env.SEF_MODULE_LOG;
if (log) {
  register(
    `data:text/javascript,${encodeURIComponent(`
      import { appendFileSync } from 'node:fs';
      export async function resolve(specifier, context, next) {
        const result = await next(specifier, context);
        appendFileSync(${JSON.stringify(log)}, result.url + '\\n');
        return result;
      }
    `)}`,
  );
  const load = Module._load;
  Module._load = function (request, parent, isMain) {
    try {
      appendFileSync(log, `${Module._resolveFilename(request, parent, isMain)}\n`);
    } catch {
      // A built-in or unresolvable request: nothing to record.
    }
    return load.apply(this, arguments);
  };
}
