// A client to kill: it saves narratives one by one, saying "acknowledged N" after each save the core
// confirms, then opens a transaction, writes in it, says "in transaction" and waits to be killed.
// Run by tests/team/working-together.test.ts with: URL AREA_ID SAVES.
import pg from 'pg';
import { coreContext } from '../../src/core/context';
import { openTeamDatabase } from '../../src/core/db/postgres';
import { call } from '../../src/core/dispatch';

const [url, areaId, saves] = process.argv.slice(2) as [string, string, string];
const db = await openTeamDatabase(url);
const ctx = coreContext({ db, appVersion: '0.0.0-test' });
const sections = ['what-we-know', 'how-we-know', 'plans'];
for (let n = 1; n <= Number(saves); n++) {
  const doc = { type: 'doc' as const, blocks: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: `Save ${n}` }] }] };
  await call(ctx, 'narratives.save', { areaId, sectionId: sections[n % sections.length]!, doc });
  process.stdout.write(`acknowledged ${n}\n`);
}
const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query('BEGIN');
await client.query("UPDATE narratives SET doc_json = '{\"never\":\"committed\"}' WHERE area_id = $1", [areaId]);
process.stdout.write('in transaction\n');
setInterval(() => undefined, 1000);
