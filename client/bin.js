#!/usr/bin/env node
// Package bin: runs the TypeScript CLI through tsx's CommonJS hook, so no build step is needed.
require('tsx/cjs');
const { runCli } = require('./cli.ts');
runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
