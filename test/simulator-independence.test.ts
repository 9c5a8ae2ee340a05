/**
 * The simulators stand in for Genesys Cloud and the LLM gateway: they keep their own copy of the outside wire format,
 * so a bug in the router's contracts is rejected by the simulator instead of being mirrored by it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

it("no simulator module imports the router's contracts/ or domain/", () => {
  const root = path.join(__dirname, '..');
  const offenders = sourcesUnder(path.join(root, 'simulators')).flatMap((file) => {
    const imports = [...readFileSync(file, 'utf8').matchAll(/from\s+'([^']+)'|require\('([^']+)'\)/g)].map(
      (m) => m[1] ?? m[2]!,
    );
    return imports
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => path.relative(root, path.resolve(path.dirname(file), spec)))
      .filter((target) => /^(contracts|domain)(\/|$)/.test(target))
      .map((target) => `${path.relative(root, file)} -> ${target}`);
  });
  expect(offenders).toEqual([]);
});
