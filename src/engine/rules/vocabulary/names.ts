/** How messages name the plan's projects: on one line, single spaces, as the plan writes them. */
import type { Project } from "../../plan";
import { oneLine } from "../../text";
import { perRun } from "./perRun";

/**
 * The project's name on one line. Many rules name the same projects: worked out once per project in a validation
 * run (the shared string cache holds 20,000 names and is emptied over and over by a plan of 50,000 projects).
 */
export const projectName: (project: Pick<Project, "name">) => string = perRun((project: Pick<Project, "name">) => oneLine(project.name));
