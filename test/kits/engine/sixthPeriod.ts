/** The rules the 6th-period form brings or changes: the 6기 tests look at these rules' findings only. */
export const SIXTH_PERIOD_RULES = [
  "budgets/dash-zero",
  "budgets/decimals",
  "indicators/input",
  "indicators/levels",
  "link/national-plan",
  "structure/duplicate-number",
  "structure/duplicate-project",
  "structure/fixed-names",
  "structure/form-counts",
  "structure/number-prefix",
  "targets/baseline",
] as const;
