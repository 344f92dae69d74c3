/**
 * Plain words for the panel's codes: decision kinds, escalation states, why a member has no access,
 * panel roles, referral targets and statuses, action statuses, and the suggested skills (a skill
 * typed in the organisation's own words is shown as written).
 */
import type { TFunction } from "i18next";
import { suggestedSkills } from "../../../core/panel/membership.js";

const isSuggested = (skill: string): skill is (typeof suggestedSkills)[number] => (suggestedSkills as readonly string[]).includes(skill);

export const panelLabels = (t: TFunction) => ({
  decisionKind: (kind: string) => t(`panel.decisionKinds.${kind}`),
  escalationState: (state: string) => t(`panel.states.${state}`),
  refusal: (reason: string) => t(`panel.refusals.${reason}`),
  panelRole: (role: string) => t(`panel.panelRoles.${role}`),
  referralTarget: (target: string) => t(`panel.referralTargets.${target}`),
  referralStatus: (status: string) => t(`panel.referralStatuses.${status}`),
  actionStatus: (status: string) => t(`panel.actionStatuses.${status}`),
  historyStep: (type: string) => t(`panel.history.${type}`),
  skill: (skill: string) => (isSuggested(skill) ? t(`panel.skills.${skill}`) : skill),
});
