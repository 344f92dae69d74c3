/**
 * The words of the printed subject access export, in English and Urdu (the staff catalogues'
 * languages); a person who prefers another language gets English, with a note saying so. Codes in
 * the record (a session's type, a consent's purpose) are printed as written, in the JSON's words.
 */
import type { WithholdingReason } from "../../../core/data-rights/vocabulary.js";

export interface ExportText {
  locale: string;
  direction: "ltr" | "rtl";
  title: string;
  intro: string;
  generated: string;
  withheldNotice: string;
  fallbackNotice: string;
  headings: {
    identity: string;
    demographics: string;
    consents: string;
    relationships: string;
    referrals: string;
    outreach: string;
    cases: string;
    timeline: string;
    assessments: string;
    carePlans: string;
    reviews: string;
    sessions: string;
    programmes: string;
    outcomes: string;
    panel: string;
    accessLog: string;
  };
  fields: Record<string, string>;
  withheld: Record<WithholdingReason, string>;
  none: string;
}

const en: ExportText = {
  locale: "en-GB",
  direction: "ltr",
  title: "Your information",
  intro: "This is a copy of the information {organisation} holds about you, in answer to your request {reference} received on {received}.",
  generated: "Prepared on {date}.",
  withheldNotice: "Some information has been withheld, mostly because it is about other people. Each place is marked. You can ask us about this or complain to the Information Commissioner's Office (ico.org.uk).",
  fallbackNotice: "This copy is not yet available in your language, so it is in English. Please ask us if you would like help to read it.",
  headings: {
    identity: "Who you are",
    demographics: "About you",
    consents: "Your consents",
    relationships: "Family and contacts",
    referrals: "Referrals",
    outreach: "Where we met you through community outreach",
    cases: "Support from us",
    timeline: "What happened",
    assessments: "Assessments",
    carePlans: "Care plans",
    reviews: "Care plan reviews",
    sessions: "Sessions",
    programmes: "Programmes",
    outcomes: "Outcomes",
    panel: "Safeguarding panel",
    accessLog: "Who has looked at or changed your record",
  },
  fields: {
    givenName: "Given name",
    familyName: "Family name",
    otherNames: "Other names",
    dateOfBirth: "Date of birth",
    address: "Address",
    postcode: "Postcode",
    phone: "Phone",
    email: "Email",
    nhsNumber: "NHS number",
    reference: "Reference",
    site: "Where",
    state: "State",
    opened: "Opened",
    closed: "Closed",
    notes: "Notes",
    workers: "With",
    answers: "Answers",
    result: "Scores",
    concern: "Concern",
    referrer: "Referred by",
    reason: "Reason",
    riskSummary: "Risk summary",
    decision: "Decision",
    evidence: "Evidence",
    content: "Plan",
    contact: "Contact",
    phase: "Phase",
    action: "Action",
    outcome: "Outcome",
    partner: "Through",
    outreachSession: "Outreach session",
    topics: "Topics",
  },
  withheld: {
    third_party: "[withheld: about another person]",
    referrer_confidentiality: "[withheld: the person who referred you asked not to be named]",
    serious_harm: "[withheld: could cause serious harm]",
    legal_privilege: "[withheld: legal advice]",
  },
  none: "None.",
};

const ur: ExportText = {
  locale: "ur-PK",
  direction: "rtl",
  title: "آپ کی معلومات",
  intro: "یہ ان معلومات کی نقل ہے جو {organisation} کے پاس آپ کے بارے میں ہیں، آپ کی درخواست {reference} کے جواب میں جو {received} کو موصول ہوئی۔",
  generated: "تیاری کی تاریخ: {date}۔",
  withheldNotice: "کچھ معلومات روک لی گئی ہیں، زیادہ تر اس لیے کہ وہ دوسرے لوگوں کے بارے میں ہیں۔ ہر جگہ نشان لگایا گیا ہے۔ آپ ہم سے اس بارے میں پوچھ سکتے ہیں یا انفارمیشن کمشنر آفس (ico.org.uk) سے شکایت کر سکتے ہیں۔",
  fallbackNotice: en.fallbackNotice,
  headings: {
    identity: "آپ کون ہیں",
    demographics: "آپ کے بارے میں",
    consents: "آپ کی رضامندیاں",
    relationships: "خاندان اور رابطے",
    referrals: "ریفرل",
    outreach: "کمیونٹی آؤٹ ریچ میں ہماری آپ سے ملاقات",
    cases: "ہماری طرف سے مدد",
    timeline: "کیا ہوا",
    assessments: "جائزے",
    carePlans: "نگہداشت کے منصوبے",
    reviews: "منصوبے کے جائزے",
    sessions: "ملاقاتیں",
    programmes: "پروگرام",
    outcomes: "نتائج",
    panel: "تحفظ کا پینل",
    accessLog: "کس نے آپ کا ریکارڈ دیکھا یا بدلا",
  },
  fields: {
    givenName: "پہلا نام",
    familyName: "خاندانی نام",
    otherNames: "دوسرے نام",
    dateOfBirth: "تاریخ پیدائش",
    address: "پتہ",
    postcode: "پوسٹ کوڈ",
    phone: "فون",
    email: "ای میل",
    nhsNumber: "این ایچ ایس نمبر",
    reference: "حوالہ",
    site: "کہاں",
    state: "حالت",
    opened: "شروع",
    closed: "بند",
    notes: "نوٹس",
    workers: "کے ساتھ",
    answers: "جوابات",
    result: "اسکور",
    concern: "تشویش",
    referrer: "ریفر کرنے والا",
    reason: "وجہ",
    riskSummary: "خطرے کا خلاصہ",
    decision: "فیصلہ",
    evidence: "ثبوت",
    content: "منصوبہ",
    contact: "رابطہ",
    phase: "مرحلہ",
    action: "کارروائی",
    outcome: "نتیجہ",
    partner: "بذریعہ",
    outreachSession: "آؤٹ ریچ سیشن",
    topics: "موضوعات",
  },
  withheld: {
    third_party: "[روک لیا گیا: کسی اور شخص کے بارے میں]",
    referrer_confidentiality: "[روک لیا گیا: آپ کو ریفر کرنے والے نے نام نہ بتانے کو کہا]",
    serious_harm: "[روک لیا گیا: سنگین نقصان ہو سکتا ہے]",
    legal_privilege: "[روک لیا گیا: قانونی مشورہ]",
  },
  none: "کچھ نہیں۔",
};

export const exportTexts = { en, ur } as const;
export type ExportLanguage = keyof typeof exportTexts;

export const exportLanguageOf = (preferred: string): { language: ExportLanguage; isFallback: boolean } =>
  preferred === "ur" ? { language: "ur", isFallback: false } : { language: "en", isFallback: preferred !== "en" };
