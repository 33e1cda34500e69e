// The audit module's front door (issue 21.2): what other modules may use of it. Other modules import
// from here only (eslint.config.js); what is not exported here is the module's own business.
export { auditDetailSchema, fieldChangeSchema } from './api-schemas.ts';
export { diff, recordAudit, type FieldChange } from './audit.ts';
export { auditAuth, auditSessionExpired } from './auth-events.ts';
export { auditContextColumns, type AuditContextColumns } from './context.ts';
