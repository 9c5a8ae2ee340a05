export { canonicalJson } from './canonicalJson';
export { AuditBodySchema, toAuditBody, type AuditBody } from './auditBody';
export {
  chainRecord,
  hashRecord,
  verifyChain,
  SealedAuditRecordSchema,
  type SealedAuditRecord,
  type ChainProblem,
  type ChainVerdict,
} from './hashChain';
