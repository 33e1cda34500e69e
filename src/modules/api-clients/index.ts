// The api-clients module's front door (issue 21.2): what other modules may use of it. Other modules import
// from here only (eslint.config.js); what is not exported here is the module's own business.
// Nothing today: the bearer header is read in shared/http/bearer-header.ts; routes are registered by the server.
export {};
