/** Prints README's configuration table from config/env.ts, the one source of truth. */
import { ENV_DOCS, SECRET_VARIABLES } from '../config/env';

const secret = new Set<string>(SECRET_VARIABLES);
process.stdout.write('| Variable | Meaning |\n| --- | --- |\n');
for (const [name, doc] of Object.entries(ENV_DOCS)) {
  process.stdout.write(`| \`${name}\`${secret.has(name) ? ' (secret)' : ''} | ${doc} |\n`);
}
