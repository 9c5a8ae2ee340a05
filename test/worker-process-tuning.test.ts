/** Every launcher of a worker process starts it with the process settings of workers/processTuning.ts. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WORKER_NODE_FLAGS, WORKER_NODE_OPTIONS, WORKER_PROCESS_ENV } from '../workers/processTuning';

const root = path.join(__dirname, '..');
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
const runtimeStage = dockerfile.split(/^FROM /m).pop()!;
const scripts = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

describe('worker process settings', () => {
  it('are set by the image the compose worker runs, before its CMD', () => {
    const env = Object.fromEntries(
      [...runtimeStage.matchAll(/^ENV (.+)$/gm)].flatMap((m) =>
        [...m[1]!.matchAll(/(\w+)=("[^"]*"|\S+)/g)].map(([, name, value]) => [name, value!.replace(/^"(.*)"$/, '$1')]),
      ),
    ) as Record<string, string>;
    for (const [name, value] of Object.entries(WORKER_PROCESS_ENV)) expect(env[name]).toBe(value);
    const nodeOptions = (env.NODE_OPTIONS ?? '').split(' ');
    expect(nodeOptions).toEqual(expect.arrayContaining([...WORKER_NODE_OPTIONS]));
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(runtimeStage)![1]!) as string[];
    expect(cmd[0]).toBe('node');
    expect([...nodeOptions, ...cmd]).toEqual(expect.arrayContaining([...WORKER_NODE_FLAGS]));
    expect(runtimeStage.lastIndexOf('ENV ')).toBeLessThan(runtimeStage.indexOf('CMD '));
  });

  it('are passed on the command line by the compose worker, which replaces the image CMD', () => {
    const compose = readFileSync(path.join(root, 'docker-compose.yml'), 'utf8');
    const worker = compose.slice(compose.indexOf('\n  worker:'));
    const command = JSON.parse(/^ {4}command: (\[.*\])$/m.exec(worker)![1]!) as string[];
    const commandLineOnly = WORKER_NODE_FLAGS.filter((flag) => !WORKER_NODE_OPTIONS.includes(flag));
    expect(command).toEqual(expect.arrayContaining(commandLineOnly));
  });

  it.each(['worker', 'worker:compiled'])('are set by npm run %s, leaving an operator value in place', (name) => {
    const script = scripts[name]!;
    for (const [variable, value] of Object.entries(WORKER_PROCESS_ENV))
      expect(script).toContain(`${variable}=\${${variable}:-${value}} `);
    const nodeArgs = script.slice(script.indexOf('exec node ')).split(' ');
    expect(nodeArgs).toEqual(expect.arrayContaining([...WORKER_NODE_FLAGS]));
  });
});
