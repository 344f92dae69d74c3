/**
 * The words of the daily digest, in the recipient's language (English or Urdu): how many alerts of
 * each kind came in since the last one, the case and referral references for those that have one,
 * and a link to sign in. Like every email (messages.ts), it names no client and quotes nothing;
 * staff names are left out too, as a digest only needs to say what is waiting.
 */
import type { EmailedKind, EmailLanguage, EmailText } from "./messages.js";

export interface DigestLine {
  kind: EmailedKind;
  count: number;
  /** Case or referral references, for kinds that have one; the first few are listed. */
  references: readonly string[];
}

/** More than this many references on one line would bury the count; the rest are counted. */
export const maxReferencesPerLine = 10;

/** Partial so that a kind added to emails later is still counted, under "other alerts", until it has its words here. */
const kindNames: Record<EmailLanguage, Partial<Record<EmailedKind, string>>> = {
  en: {
    reassessment_due: "Re-assessments due",
    care_plan_review_due: "Care plan reviews due",
    session_write_up_due: "Session notes to write up",
    vetting_expiring: "DBS checks running out",
    vetting_expired: "DBS checks that ran out",
    assessment_flag: "Assessment flags",
    break_glass: "Emergency access used",
    urgent_referral: "Urgent referrals",
    urgent_escalation: "Urgent panel escalations",
    training_refresher_due: "Refresher training due",
    unusual_access: "Unusual access to client records",
    audit_chain_broken: "Audit chain broken",
  },
  ur: {
    reassessment_due: "واجب دوبارہ جائزے",
    care_plan_review_due: "واجب کیئر پلان جائزے",
    session_write_up_due: "سیشن جن کے نوٹس لکھنے ہیں",
    vetting_expiring: "ختم ہوتی DBS جانچیں",
    vetting_expired: "ختم ہو چکی DBS جانچیں",
    assessment_flag: "جائزوں کے انتباہ",
    break_glass: "ہنگامی رسائی کا استعمال",
    urgent_referral: "فوری ریفرلز",
    urgent_escalation: "پینل کو فوری معاملات",
    training_refresher_due: "واجب ریفریشر تربیت",
    unusual_access: "کلائنٹ ریکارڈز تک غیر معمولی رسائی",
    audit_chain_broken: "آڈٹ لاگ کی زنجیر ٹوٹ گئی",
  },
};

const frame = {
  en: {
    subject: (count: string) => `Pathways daily digest: ${count} new alert${count === "1" ? "" : "s"}`,
    intro: "Since your last digest, these alerts have come in for you in Pathways:",
    more: (count: string) => `and ${count} more`,
    other: "Other alerts",
    signIn: "Sign in to see them:",
    footer: "You get one digest a day because you chose it on your account page in Pathways. Emails never name the person a case is about.",
  },
  ur: {
    subject: (count: string) => `Pathways روزانہ خلاصہ: ${count} نئے الرٹ`,
    intro: "آپ کے پچھلے خلاصے کے بعد سے Pathways میں آپ کے لیے یہ الرٹ آئے ہیں:",
    more: (count: string) => `اور ${count} مزید`,
    other: "دیگر الرٹ",
    signIn: "انہیں دیکھنے کے لیے سائن ان کریں:",
    footer: "آپ کو روزانہ ایک خلاصہ ملتا ہے کیونکہ آپ نے Pathways میں اپنے اکاؤنٹ کے صفحے پر یہی چنا ہے۔ ای میل میں کبھی اس شخص کا نام نہیں ہوتا جس کا کیس ہے۔",
  },
} as const;

export function digestText(lines: readonly DigestLine[], language: EmailLanguage, signInUrl: string): EmailText {
  const words = frame[language];
  const number = (value: number) => new Intl.NumberFormat(language === "ur" ? "ur-PK" : "en-GB").format(value);
  const total = lines.reduce((sum, line) => sum + line.count, 0);
  const listed = lines.map((line) => {
    // In order, so a worker finds a case in the list as in any other list of references.
    const shown = [...line.references].sort().slice(0, maxReferencesPerLine);
    const rest = line.references.length - shown.length;
    const references = shown.length === 0 ? "" : ` (${[...shown, ...(rest > 0 ? [words.more(number(rest))] : [])].join(", ")})`;
    return `- ${kindNames[language][line.kind] ?? words.other}: ${number(line.count)}${references}`;
  });
  const body = [words.intro, "", ...listed, "", `${words.signIn} ${signInUrl}`, "", "--", words.footer, ""].join("\n");
  return { subject: words.subject(number(total)), body };
}
