export class ConfigError extends Error {
  override name = 'ConfigError';
}

export { describeIssues } from '../contracts/issues';
