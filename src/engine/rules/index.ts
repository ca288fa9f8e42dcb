/** The rule registry, sorted by id. Adding a rule: one file beside this one, one line here. */
import type { Rule } from "../finding";
import { budgetsDashZero } from "./budgets/dash-zero";
import { budgetsDecimals } from "./budgets/decimals";
import { budgetsEndsEarly } from "./budgets/ends-early";
import { budgetsGap } from "./budgets/gap";
import { budgetsNegative } from "./budgets/negative";
import { budgetsNone } from "./budgets/none";
import { budgetsNotANumber } from "./budgets/not-a-number";
import { budgetsSwing } from "./budgets/swing";
import { budgetsTextNumber } from "./budgets/text-number";
import { budgetsTotal } from "./budgets/total";
import { budgetsUnit } from "./budgets/unit";
import { flagsKeyCount } from "./flags/key-count";
import { flagsLookAlike } from "./flags/look-alike";
import { flagsNotApplicable } from "./flags/not-applicable";
import { flagsValue } from "./flags/value";
import { indicatorsInput } from "./indicators/input";
import { indicatorsLevels } from "./indicators/levels";
import { linkNationalPlan } from "./link/national-plan";
import { logEditedRow } from "./log/edited-row";
import { logTampered } from "./log/tampered";
import { resultsAchievement } from "./results/achievement";
import { resultsBudget } from "./results/budget";
import { resultsMissing } from "./results/missing";
import { resultsOverAchieved } from "./results/over-achieved";
import { resultsReason } from "./results/reason";
import { resultsUncomputedFormula } from "./results/uncomputed-formula";
import { resultsUnit } from "./results/unit";
import { resultsUnmatched } from "./results/unmatched";
import { resultsUnreadable } from "./results/unreadable";
import { scheduleDate } from "./schedule/date";
import { scheduleDepartmentList } from "./schedule/department-list";
import { scheduleLateSubmission } from "./schedule/late-submission";
import { scheduleOrder } from "./schedule/order";
import { scheduleSameMonth } from "./schedule/same-month";
import { scheduleSubmitTo } from "./schedule/submit-to";
import { structureDuplicateNumber } from "./structure/duplicate-number";
import { structureDuplicateProject } from "./structure/duplicate-project";
import { structureErrorCell } from "./structure/error-cell";
import { structureFixedNames } from "./structure/fixed-names";
import { structureFormCounts } from "./structure/form-counts";
import { structureMixedPeriod } from "./structure/mixed-period";
import { structureNoIndicator } from "./structure/no-indicator";
import { structureNumberGap } from "./structure/number-gap";
import { structureNumberPrefix } from "./structure/number-prefix";
import { structureUncomputedFormula } from "./structure/uncomputed-formula";
import { structureUnplacedRow } from "./structure/unplaced-row";
import { targetsBaseline } from "./targets/baseline";
import { targetsDirection } from "./targets/direction";
import { targetsFlat } from "./targets/flat";
import { targetsInvalid } from "./targets/invalid";
import { targetsMissing } from "./targets/missing";
import { targetsRange } from "./targets/range";
import { targetsUnit } from "./targets/unit";

export const rules = [
  budgetsDashZero,
  budgetsDecimals,
  budgetsEndsEarly,
  budgetsGap,
  budgetsNegative,
  budgetsNone,
  budgetsNotANumber,
  budgetsSwing,
  budgetsTextNumber,
  budgetsTotal,
  budgetsUnit,
  flagsKeyCount,
  flagsLookAlike,
  flagsNotApplicable,
  flagsValue,
  indicatorsInput,
  indicatorsLevels,
  linkNationalPlan,
  logEditedRow,
  logTampered,
  resultsAchievement,
  resultsBudget,
  resultsMissing,
  resultsOverAchieved,
  resultsReason,
  resultsUncomputedFormula,
  resultsUnit,
  resultsUnmatched,
  resultsUnreadable,
  scheduleDate,
  scheduleDepartmentList,
  scheduleLateSubmission,
  scheduleOrder,
  scheduleSameMonth,
  scheduleSubmitTo,
  structureDuplicateNumber,
  structureDuplicateProject,
  structureErrorCell,
  structureFixedNames,
  structureFormCounts,
  structureMixedPeriod,
  structureNoIndicator,
  structureNumberGap,
  structureNumberPrefix,
  structureUncomputedFormula,
  structureUnplacedRow,
  targetsBaseline,
  targetsDirection,
  targetsFlat,
  targetsInvalid,
  targetsMissing,
  targetsRange,
  targetsUnit,
] as const satisfies readonly Rule[];

/** Every registered rule, with its id and message ids as literal types. */
export type RegisteredRule = (typeof rules)[number];
export type RuleId = RegisteredRule["id"];
/** The message ids of one rule. */
export type MessageIdOf<Id extends RuleId> = Extract<RegisteredRule, { id: Id }>["messageIds"][number];
