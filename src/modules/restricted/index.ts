// The restricted module's front door (issue 21.2): what other modules may use of it. Other modules import
// from here only (eslint.config.js); what is not exported here is the module's own business.
// Nothing today: this module marks and unmarks restricted files (routes.ts, service.ts); who may see a
// restricted file's details is decided with every other access rule, in access/restricted-details.ts.
export {};
