// The access module's front door (issue 21.2): what other modules may use of it. Other modules import
// from here only (eslint.config.js); what is not exported here is the module's own business.
export { actorCovers, regionPrefix, systemActor, type Actor } from './actor.ts';
export { PERMISSIONS, can, type Permission } from './permissions.ts';
export { ADMIN_ROLES, ROLES, ROLE_NAMES, ROLE_REGION_LEVELS, type Role } from './roles.ts';
export {
  detailsHidden,
  detailsHiddenSql,
  requireDetails,
  RESTRICTED_MESSAGE,
  RESTRICTED_NAME,
  restrictedSql,
} from './restricted-details.ts';
export { accessibleChildIds, childInScope, isUuid, requireChild, requirePermission } from './scope.ts';
