/** How messages name the plan's projects: on one line, single spaces, as the plan writes them. */
import type { Plan, Project } from "../../plan";
import { oneLine } from "../../text";
import { perRun } from "./perRun";

/** The project's name on one line (no memo per project: oneLine tells a name already on one line by one test). */
export function projectName(project: Pick<Project, "name">): string {
  return oneLine(project.name);
}

/**
 * The plan's projects by id, made once per validation run: rules that hold ids (a total's members, a result's
 * project) look them up here instead of searching the list for each one, which grew with the square of the plan.
 * Ids are unique among projects; the first project with an id is the one found, as a search would find it.
 */
export const projectsById: (plan: Pick<Plan, "projects">) => ReadonlyMap<string, Project> = perRun((plan: Pick<Plan, "projects">) => {
  const byId = new Map<string, Project>();
  for (const project of plan.projects) if (!byId.has(project.id)) byId.set(project.id, project);
  return byId;
});
