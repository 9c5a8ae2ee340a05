export { canonicalJson } from './canonicalJson';
export { AuditBodySchema, toAuditBody, type AuditBody } from './auditBody';
export {
  chainRecord,
  hashRecord,
  SealedAuditRecordSchema,
  type SealedAuditRecord,
  type ChainProblem,
  type ChainVerdict,
} from './hashChain';
export { ChainVerifier, verifyChain, type ChainAnchor } from './chainVerifier';
