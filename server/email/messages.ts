/**
 * The words of a reminder or alert email, in the recipient's language (English or Urdu). An email
 * leaves the organisation's systems, so it carries only what opening the app would need: the case
 * or referral reference, a date, a site or staff name, a training's course and partner and how many
 * attendees it concerns, and a link. Never a client's or an attendee's name, an
 * answer, a flag label or an instrument's title (which can say what a client is being assessed for).
 */
import type { NotificationKind } from "../../core/api/notifications.js";

export const emailedKinds = [
  "reassessment_due",
  "care_plan_review_due",
  "session_write_up_due",
  "vetting_expiring",
  "vetting_expired",
  "assessment_flag",
  "break_glass",
  "urgent_referral",
  "urgent_escalation",
  "training_refresher_due",
  "unusual_access",
  "audit_chain_broken",
  "retention_due",
] as const satisfies readonly NotificationKind[];
export type EmailedKind = (typeof emailedKinds)[number];

export type EmailLanguage = "en" | "ur";

export interface EmailFacts {
  kind: EmailedKind;
  reference: string;
  /** YYYY-MM-DD, for reminders. */
  date: string | null;
  siteName: string | null;
  /** The member of staff the alert is about (vetting), whose action raised it (emergency access) or who gave a training. */
  personName: string | null;
  /** For a training refresher: the course, the partner it was given for, and how many attendees are due. */
  training?: { courseTitle: string; partnerName: string | null; count: number } | null;
  /** For records due for deletion: counts only, never whose records. */
  retention?: { newlyDue: number; stillDue: number; due: number } | null;
  link: string;
}

export interface EmailText {
  subject: string;
  body: string;
}

type Values = { reference: string; date: string; site: string; person: string; course: string; partner: string; count: number; newlyDue: number; stillDue: number; due: number };

const urduNumber = (value: number) => new Intl.NumberFormat("ur-PK").format(value);
type Template = { subject: (v: Values) => string; line: (v: Values) => string };

const english: Record<EmailedKind, Template> = {
  reassessment_due: { subject: (v) => `Re-assessment due on case ${v.reference}`, line: (v) => `An assessment is due again on case ${v.reference}.` },
  care_plan_review_due: { subject: (v) => `Care plan review due on case ${v.reference}`, line: (v) => `The care plan on case ${v.reference} is due for review on ${v.date}.` },
  session_write_up_due: { subject: (v) => `Session notes needed on case ${v.reference}`, line: (v) => `The session on case ${v.reference} on ${v.date} has no notes yet. Write it up while you remember it.` },
  vetting_expiring: { subject: (v) => `DBS check ending on ${v.date}`, line: (v) => `${v.person}'s DBS check runs out on ${v.date}. Renew it so cases can still be allocated to them.` },
  vetting_expired: { subject: (v) => `DBS check ran out on ${v.date}`, line: (v) => `${v.person}'s DBS check ran out on ${v.date}. No new cases can be allocated to them until it is renewed.` },
  assessment_flag: { subject: (v) => `Assessment flag on case ${v.reference}`, line: (v) => `An assessment on case ${v.reference} raised a flag. Open it to see what needs attention.` },
  break_glass: { subject: (v) => `Emergency access to case ${v.reference}`, line: (v) => `${v.person} used emergency access to case ${v.reference} at ${v.site}.` },
  urgent_referral: { subject: (v) => `Urgent referral ${v.reference}`, line: (v) => `An urgent referral, ${v.reference}, has arrived for ${v.site}.` },
  urgent_escalation: { subject: (v) => `Urgent panel escalation: case ${v.reference}`, line: (v) => `Case ${v.reference} at ${v.site} has been escalated to the panel as urgent. Please look at it today.` },
  training_refresher_due: {
    subject: (v) => `Refresher training due: ${v.course}`,
    line: (v) =>
      `${v.count === 1 ? "One person" : `${v.count} people`} trained in ${v.course} by ${v.person}${v.partner ? ` for ${v.partner}` : ""} ${v.count === 1 ? "is" : "are"} due a refresher from ${v.date}. Their names are on the training's page.`,
  },
  unusual_access: { subject: (v) => `Unusual access to client records by ${v.person}`, line: (v) => `${v.person}'s access to client records looked unusual. Open the alert to see what was found and review it.` },
  audit_chain_broken: {
    subject: () => "The audit log's chain is broken",
    line: (v) => `Checking the audit log found its chain broken at event ${v.reference}. Something in the log may have been changed or removed. Do not try to fix it yourself.`,
  },
  retention_due: {
    subject: () => "Records due for deletion under the retention schedule",
    line: (v) =>
      [
        v.newlyDue > 0 ? `${v.newlyDue === 1 ? "One record is" : `${v.newlyDue} records are`} newly due for deletion under the retention schedule.` : "",
        v.stillDue > 0 ? `${v.stillDue === 1 ? "One record has" : `${v.stillDue} records have`} waited over a week for your decision.` : "",
        `Open the retention queue to approve or hold ${v.due === 1 ? "it" : `them (${v.due} due in all)`}.`,
      ]
        .filter((sentence) => sentence !== "")
        .join(" "),
  },
};

const urdu: Record<EmailedKind, Template> = {
  reassessment_due: { subject: (v) => `کیس ${v.reference} پر دوبارہ جائزہ واجب ہے`, line: (v) => `کیس ${v.reference} پر ایک جائزہ دوبارہ واجب ہے۔` },
  care_plan_review_due: { subject: (v) => `کیس ${v.reference} کے کیئر پلان کا جائزہ واجب ہے`, line: (v) => `کیس ${v.reference} کے کیئر پلان کا جائزہ ${v.date} کو واجب ہے۔` },
  session_write_up_due: { subject: (v) => `کیس ${v.reference} کے سیشن کے نوٹس درکار ہیں`, line: (v) => `کیس ${v.reference} پر ${v.date} کے سیشن کے نوٹس ابھی تک نہیں لکھے گئے۔ یاد رہتے ہوئے لکھ لیں۔` },
  vetting_expiring: { subject: (v) => `DBS جانچ ${v.date} کو ختم ہو رہی ہے`, line: (v) => `${v.person} کی DBS جانچ ${v.date} کو ختم ہو رہی ہے۔ اس کی تجدید کریں تاکہ انہیں کیس دیے جا سکیں۔` },
  vetting_expired: { subject: (v) => `DBS جانچ ${v.date} کو ختم ہو گئی`, line: (v) => `${v.person} کی DBS جانچ ${v.date} کو ختم ہو گئی۔ تجدید تک انہیں کوئی نیا کیس نہیں دیا جا سکتا۔` },
  assessment_flag: { subject: (v) => `کیس ${v.reference} پر جائزے کا انتباہ`, line: (v) => `کیس ${v.reference} پر ایک جائزے نے انتباہ دیا۔ کھول کر دیکھیں کہ کس چیز پر توجہ درکار ہے۔` },
  break_glass: { subject: (v) => `کیس ${v.reference} تک ہنگامی رسائی`, line: (v) => `${v.person} نے ${v.site} پر کیس ${v.reference} تک ہنگامی رسائی استعمال کی۔` },
  urgent_referral: { subject: (v) => `فوری ریفرل ${v.reference}`, line: (v) => `${v.site} کے لیے ایک فوری ریفرل، ${v.reference}، آیا ہے۔` },
  urgent_escalation: { subject: (v) => `پینل کو فوری معاملہ: کیس ${v.reference}`, line: (v) => `${v.site} پر کیس ${v.reference} کو فوری طور پر پینل کے پاس بھیجا گیا ہے۔ براہ کرم آج ہی اسے دیکھیں۔` },
  training_refresher_due: {
    subject: (v) => `ریفریشر تربیت واجب ہے: ${v.course}`,
    line: (v) =>
      `${v.person} نے ${v.partner ? `${v.partner} کے لیے ` : ""}${v.course} کی جو تربیت دی تھی، اس کے ${new Intl.NumberFormat("ur-PK").format(v.count)} شرکاء کی ریفریشر تربیت ${v.date} سے واجب ہے۔ ان کے نام تربیت کے صفحے پر ہیں۔`,
  },
  unusual_access: { subject: (v) => `${v.person} کی طرف سے کلائنٹ ریکارڈز تک غیر معمولی رسائی`, line: (v) => `${v.person} کی کلائنٹ ریکارڈز تک رسائی غیر معمولی لگی۔ جو ملا وہ دیکھنے اور اس کا جائزہ لینے کے لیے الرٹ کھولیں۔` },
  audit_chain_broken: {
    subject: () => "آڈٹ لاگ کی زنجیر ٹوٹ گئی ہے",
    line: (v) => `آڈٹ لاگ کی جانچ میں اس کی زنجیر واقعہ ${v.reference} پر ٹوٹی ہوئی ملی۔ ہو سکتا ہے لاگ میں کچھ بدلا یا ہٹایا گیا ہو۔ اسے خود ٹھیک کرنے کی کوشش نہ کریں۔`,
  },
  retention_due: {
    subject: () => "ریٹینشن شیڈول کے تحت حذف کے لیے واجب ریکارڈز",
    line: (v) =>
      [
        v.newlyDue > 0 ? `${urduNumber(v.newlyDue)} ریکارڈ اب ریٹینشن شیڈول کے تحت حذف کے لیے واجب ہیں۔` : "",
        v.stillDue > 0 ? `${urduNumber(v.stillDue)} ریکارڈ ایک ہفتے سے زیادہ سے آپ کے فیصلے کے منتظر ہیں۔` : "",
        `ریٹینشن کی فہرست کھول کر انہیں حذف کرنے کی منظوری دیں یا روکیں (کل ${urduNumber(v.due)} واجب)۔`,
      ]
        .filter((sentence) => sentence !== "")
        .join(" "),
  },
};

const frame = {
  en: {
    open: "Open it in Pathways:",
    footer: "You get this email because of an alert in Pathways. Emails never name the person a case is about; sign in to see more.",
    someone: "A member of staff",
    site: "your site",
    course: "a training course",
  },
  ur: {
    open: "Pathways میں کھولیں:",
    footer: "یہ ای میل آپ کو Pathways کے ایک الرٹ کی وجہ سے ملی ہے۔ ای میل میں کبھی اس شخص کا نام نہیں ہوتا جس کا کیس ہے؛ مزید دیکھنے کے لیے سائن ان کریں۔",
    someone: "عملے کے ایک رکن",
    site: "آپ کی سائٹ",
    course: "ایک تربیتی کورس",
  },
} as const;

/** A day as people read it in the language: "5 March 2025", or its Urdu form. */
function day(date: string | null, language: EmailLanguage): string {
  if (!date) return "";
  const at = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  return new Intl.DateTimeFormat(language === "ur" ? "ur-PK" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(at);
}

export function emailText(facts: EmailFacts, language: EmailLanguage): EmailText {
  const words = frame[language];
  const template = (language === "ur" ? urdu : english)[facts.kind];
  const values: Values = {
    reference: facts.reference,
    date: day(facts.date, language),
    site: facts.siteName ?? words.site,
    person: facts.personName ?? words.someone,
    course: facts.training?.courseTitle ?? words.course,
    partner: facts.training?.partnerName ?? "",
    count: facts.training?.count ?? 0,
    newlyDue: facts.retention?.newlyDue ?? 0,
    stillDue: facts.retention?.stillDue ?? 0,
    due: facts.retention?.due ?? 0,
  };
  const body = [template.line(values), "", `${words.open} ${facts.link}`, "", "--", words.footer, ""].join("\n");
  return { subject: template.subject(values), body };
}
