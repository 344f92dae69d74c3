/**
 * Checks what a group session names against the database, naming each bad part: a programme the
 * organisation offers, facilitators who take part in group work at the site, and attendees who are
 * enrolled (in a phase) on the programme on a case at the site that the recorder can see. An
 * attendee the recorder cannot see is refused in the same words as one that does not exist.
 */
import type { Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { AppError, type FieldError } from "../http/errors.js";
import { findLatestProgramme, programmeDefinitionOf } from "./catalogue.js";
import { attendableEnrolments, facilitatorsAt } from "./group-session-queries.js";

const refused = (fields: FieldError[]) => new AppError("validation_failed", "Some of the session's details are not right; nothing was saved.", { fields });

function duplicates(ids: readonly string[], path: string): FieldError[] {
  return ids.flatMap((id, i) => (ids.indexOf(id) !== i ? [{ path: `${path}.${i}`, message: "Named twice." }] : []));
}

/** The programme's title, if the organisation offers it for new group sessions. */
export async function checkProgramme(tx: Db, actor: Actor, programmeKey: string): Promise<{ title: string }> {
  const programme = await findLatestProgramme(tx, actor.organisationId, programmeKey);
  if (!programme) throw refused([{ path: "body.programmeKey", message: "No such programme." }]);
  if (programme.isRetired) throw refused([{ path: "body.programmeKey", message: "This programme is retired." }]);
  return { title: programmeDefinitionOf(programme).title };
}

export async function checkFacilitators(tx: Db, actor: Actor, siteId: string, facilitatorIds: readonly string[]): Promise<void> {
  const found = new Set((await facilitatorsAt(tx, actor.organisationId, siteId, facilitatorIds)).map((row) => row.userId));
  const problems = [
    ...duplicates(facilitatorIds, "body.facilitatorIds"),
    ...facilitatorIds.flatMap((id, i) => (found.has(id) ? [] : [{ path: `body.facilitatorIds.${i}`, message: "Not a member of staff who works with groups at this site." }])),
  ];
  if (problems.length > 0) throw refused(problems);
}

/**
 * The attendees as enrolments with their cases, in the order given. Ids in `alreadyRecorded` are
 * attendees the session already has: they stay without being checked again (the client may have
 * moved on since) and are left out of the answer.
 */
export async function checkAttendees(tx: Db, actor: Actor, input: { siteId: string; programmeKey: string; enrolmentIds: readonly string[]; now: Date; alreadyRecorded?: ReadonlySet<string> }) {
  const toCheck = input.enrolmentIds.filter((id) => !input.alreadyRecorded?.has(id));
  const found = await attendableEnrolments(tx, actor, { siteId: input.siteId, programmeKey: input.programmeKey, now: input.now, onlyIds: toCheck });
  const byId = new Map(found.map((row) => [row.enrolmentId, row]));
  const problems = [
    ...duplicates(input.enrolmentIds, "body.attendeeEnrolmentIds"),
    ...input.enrolmentIds.flatMap((id, i) =>
      byId.has(id) || input.alreadyRecorded?.has(id) ? [] : [{ path: `body.attendeeEnrolmentIds.${i}`, message: "Not a client enrolled on this programme at this site whose case you can see." }],
    ),
  ];
  if (problems.length > 0) throw refused(problems);
  return toCheck.map((id) => byId.get(id)!);
}
