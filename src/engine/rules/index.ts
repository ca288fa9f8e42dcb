/** The rule registry, sorted by id. Adding a rule: one file beside this one, one line here. */
import type { Rule } from "../finding";
import { budgetsEndsEarly } from "./budgets/ends-early";
import { budgetsGap } from "./budgets/gap";
import { budgetsNegative } from "./budgets/negative";
import { budgetsNone } from "./budgets/none";
import { budgetsNotANumber } from "./budgets/not-a-number";
import { budgetsSwing } from "./budgets/swing";
import { budgetsTextNumber } from "./budgets/text-number";
import { budgetsTotal } from "./budgets/total";
import { flagsKeyCount } from "./flags/key-count";
import { flagsLookAlike } from "./flags/look-alike";
import { flagsNotApplicable } from "./flags/not-applicable";
import { flagsValue } from "./flags/value";
import { indicatorsInput } from "./indicators/input";
import { indicatorsLevels } from "./indicators/levels";
import { logEditedRow } from "./log/edited-row";
import { scheduleDate } from "./schedule/date";
import { scheduleLateSubmission } from "./schedule/late-submission";
import { scheduleOrder } from "./schedule/order";
import { scheduleSameMonth } from "./schedule/same-month";
import { scheduleSubmitTo } from "./schedule/submit-to";
import { structureDuplicateNumber } from "./structure/duplicate-number";
import { structureDuplicateProject } from "./structure/duplicate-project";
import { structureErrorCell } from "./structure/error-cell";
import { structureNoIndicator } from "./structure/no-indicator";
import { structureNumberGap } from "./structure/number-gap";
import { structureUnplacedRow } from "./structure/unplaced-row";
import { targetsDirection } from "./targets/direction";
import { targetsFlat } from "./targets/flat";
import { targetsInvalid } from "./targets/invalid";
import { targetsMissing } from "./targets/missing";
import { targetsRange } from "./targets/range";
import { targetsUnit } from "./targets/unit";

export const rules: readonly Rule[] = [
  budgetsEndsEarly,
  budgetsGap,
  budgetsNegative,
  budgetsNone,
  budgetsNotANumber,
  budgetsSwing,
  budgetsTextNumber,
  budgetsTotal,
  flagsKeyCount,
  flagsLookAlike,
  flagsNotApplicable,
  flagsValue,
  indicatorsInput,
  indicatorsLevels,
  logEditedRow,
  scheduleDate,
  scheduleLateSubmission,
  scheduleOrder,
  scheduleSameMonth,
  scheduleSubmitTo,
  structureDuplicateNumber,
  structureDuplicateProject,
  structureErrorCell,
  structureNoIndicator,
  structureNumberGap,
  structureUnplacedRow,
  targetsDirection,
  targetsFlat,
  targetsInvalid,
  targetsMissing,
  targetsRange,
  targetsUnit,
];
