/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  // Integration tests share one Temporal dev server per file; keep files parallel but bounded for a 2-core machine.
  maxWorkers: 2,
  testTimeout: 60_000,
};
