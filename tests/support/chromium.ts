// The one Chromium finder, shared with the budget check (scripts/check-budget.js).
export { findChromium } from '../../scripts/find-chromium.js';
