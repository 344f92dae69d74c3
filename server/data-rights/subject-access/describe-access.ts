/**
 * What an entry of the audit trail was, in plain words, for the person reading their own access
 * log: the common reads and changes by name, anything else from its dotted code ("session.notes_read"
 * becomes "Session: notes read"), so no entry is ever left out for want of a description.
 */
const described: Record<string, string> = {
  "client.read": "Opened your record",
  "client.created": "Created your record",
  "client.identity_revealed": "Viewed your name and contact details",
  "client.name_read": "Viewed your name",
  "client.date_of_birth_read": "Viewed your date of birth",
  "client.identity_updated": "Changed your name or contact details",
  "client.demographics_updated": "Changed your details (such as language)",
  "client.consent_recorded": "Recorded your consent",
  "client.relationship_added": "Added a family member or contact",
  "client.relationship_contact_revealed": "Viewed a family member's or contact's details",
  "client.searched": "Found your record in a search",
  "client.merged": "Joined two records about you into one",
  "case.opened": "Opened a case for you",
  "case.read": "Opened your case",
  "session.recorded": "Recorded a session with you",
  "session.read": "Read a session's notes",
  "assessment.approved": "Approved an assessment",
  "care_plan.printed": "Printed your care plan summary",
  "referral.read": "Read a referral about you",
  "referral.triaged": "Decided on a referral about you",
  "panel.case_read": "Read your case for the safeguarding panel",
  "panel.minutes_printed": "Printed panel minutes that include your case",
  "data_rights.export_prepared": "Prepared your copy of your information",
  "data_rights.released": "Released your copy of your information",
};

const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function describeAccess(action: string): string {
  const known = described[action];
  if (known) return known;
  const [entity = "", verb = ""] = action.split(".", 2);
  return `${sentence(entity.replaceAll("_", " "))}: ${verb.replaceAll("_", " ").replaceAll(".", " ")}`;
}
