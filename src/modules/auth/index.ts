// The auth module's front door (issue 21.2): what other modules may use of it. Other modules import
// from here only (eslint.config.js); what is not exported here is the module's own business.
export { forgetAccountFailures } from './login-throttle.ts';
export { checkPasswordStrength, generatePassword, hashPassword } from './passwords.ts';
export { removeSecondFactor } from './second-factor.ts';
export { endUserSessions } from './sessions.ts';
