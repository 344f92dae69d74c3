/**
 * What a training certificate says, as blocks in reading order: the organisation, the person's
 * name, the course, the day and the trainer (and the partner it was given for), the certificate
 * number to check it by, and when a refresher is due. Pure, so the words can be tested without
 * drawing a page. Certificates are in English, the language the organisation's records are kept in.
 */
export type CertificateBlockKind = "organisation" | "title" | "lead" | "name" | "course" | "text" | "number" | "footer";

export interface CertificateBlock {
  kind: CertificateBlockKind;
  text: string;
  /** Words a person typed (a name, a course title): drawn in their own direction. */
  isTyped?: boolean;
}

export interface CertificateFacts {
  organisationName: string;
  attendeeName: string;
  courseTitle: string;
  deliveredOn: string;
  trainerName: string;
  partnerName: string | null;
  certificateNumber: string;
  refresherDueOn: string | null;
}

/** "5 March 2026". */
export const certificateDay = (day: string): string =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));

export function certificateBlocks(facts: CertificateFacts): CertificateBlock[] {
  return [
    { kind: "organisation", text: facts.organisationName, isTyped: true },
    { kind: "title", text: "Certificate of training" },
    { kind: "lead", text: "This is to certify that" },
    { kind: "name", text: facts.attendeeName, isTyped: true },
    { kind: "lead", text: "took part in" },
    { kind: "course", text: facts.courseTitle, isTyped: true },
    { kind: "text", text: `on ${certificateDay(facts.deliveredOn)}, given by ${facts.trainerName}${facts.partnerName ? ` for ${facts.partnerName}` : ""}.`, isTyped: true },
    { kind: "number", text: `Certificate number ${facts.certificateNumber}` },
    ...(facts.refresherDueOn ? [{ kind: "text" as const, text: `A refresher is due by ${certificateDay(facts.refresherDueOn)}.` }] : []),
    { kind: "footer", text: `Issued by ${facts.organisationName}. Quote the certificate number to check it with us.`, isTyped: true },
  ];
}
