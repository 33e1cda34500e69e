// The departments module's front door (issue 21.2): what other modules may use of it. Other modules import
// from here only (eslint.config.js); what is not exported here is the module's own business.
export { departmentViewSchema } from './schemas.ts';
export { departmentView, listDepartments, responderDepartmentIds } from './service.ts';
export { checkUserDepartment } from './users.ts';
