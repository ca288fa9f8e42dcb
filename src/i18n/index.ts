import type { Finding } from "../engine/finding";
import { format, templateParts, type Lang } from "./format";
import { ruleMessage } from "./rules";

export { format, langFromDisplayLanguage, LANGS, type Lang, type Texts } from "./format";

/** A finding as a sentence in the chosen language; the message id itself if a text is missing. */
export function renderFinding(finding: Pick<Finding, "ruleId" | "messageId" | "data">, lang: Lang): string {
  const texts = ruleMessage(finding.ruleId, finding.messageId);
  return texts ? format(texts[lang], finding.data) : `${finding.ruleId}/${finding.messageId}`;
}

/** The template renderFinding fills for a finding (see templateParts); undefined when the catalogue has no text for it. */
export function findingTemplate(finding: Pick<Finding, "ruleId" | "messageId">, lang: Lang): readonly string[] | undefined {
  const texts = ruleMessage(finding.ruleId, finding.messageId);
  return texts ? templateParts(texts[lang]) : undefined;
}
