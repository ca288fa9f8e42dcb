/** Where an input indicator is expected. */
import type { Project } from "../../plan";
import { compact } from "../../text";
import { isCompletionProject } from "../vocabulary/series";

/** Names of building works, whose first years are measured by what is spent and built. */
const CONSTRUCTION_NAME = /건립|건축|신축|증축|개축|리모델링|공사|개보수|착공|준공/;

/** A project where an input indicator is expected: new in this plan (○) or building works. */
export function inputAllowed(project: Project): boolean {
  if (project.flags.isNew?.state === "yes") return true;
  return CONSTRUCTION_NAME.test(compact(project.name)) || isCompletionProject(project);
}
