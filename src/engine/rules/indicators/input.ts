/**
 * A project measured by an input indicator (예산, 집행률, 종사자·인력 수) though it is neither new nor a
 * construction project: the plan asks for output or outcome indicators, input only where nothing can be
 * achieved yet (DOMAIN.md, "The 6th period"; the same holds in the 5th). Worth knowing (info).
 */
import type { Hit } from "../../finding";
import type { Indicator } from "../../plan";
import { oneLine } from "../../text";
import { defineRule, hitMaker } from "../kit";
import { indicatorKind } from "../../indicatorKind";
import { inputAllowed } from "./common";
import { projectName } from "../vocabulary/names";

const makeHit = hitMaker(["inputIndicator"]);

export const indicatorsInput = defineRule({
  id: "indicators/input",
  defaultSeverity: "info",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    const projects = plan.projects;
    // By index (kit.ts: a rule's loops run once per plan).
    for (let i = 0; i < projects.length; i++) {
      const project = projects[i];
      // The names first: few indicators measure input, and whether a project may have one costs more to tell.
      let inputs: Indicator[] | null = null;
      for (let j = 0; j < project.indicators.length; j++) {
        const indicator = project.indicators[j];
        if (indicator.name.trim() !== "" && indicatorKind(indicator) === "input") (inputs ??= []).push(indicator);
      }
      if (inputs === null || inputAllowed(project)) continue;
      for (const indicator of inputs) {
        const ref = indicator.nameCell?.ref ?? project.nameCell.ref;
        hits.push(makeHit("inputIndicator", ref, { name: projectName(project), indicator: oneLine(indicator.name) }, { projectId: project.id }));
      }
    }
    return hits;
  },
});
