// The shared guard lives in src/shared/xlsx/safe-cell.ts (issue 16.3); kept here so this module's imports hold.
export { safeCell } from '../../shared/xlsx/safe-cell.ts';
