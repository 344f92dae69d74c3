/**
 * The words of a worker's calendar feed, in English and Urdu. Each takes only references, sites,
 * rooms and instrument titles: there is no slot in which a client's name or a note could go.
 */

export type FeedLanguage = "en" | "ur";

export interface FeedWords {
  calendarName: string;
  calendarDescription: string;
  session: (reference: string) => string;
  carePlanReview: (reference: string) => string;
  carePlanReviewLine: string;
  reassessment: (instrument: string, reference: string) => string;
  reassessmentLine: (instrument: string) => string;
  panelMeeting: (site: string) => string;
  attendance: (attendance: string | null) => string;
  site: (site: string) => string;
  place: (place: string) => string;
  signIn: (url: string) => string;
  footer: string;
  sessionCategory: string;
  dueCategory: string;
  panelCategory: string;
}

const englishAttendance: Record<string, string> = { attended: "Held", did_not_attend: "Did not attend", cancelled: "Cancelled" };
const urduAttendance: Record<string, string> = { attended: "ہو گیا", did_not_attend: "حاضر نہیں ہوئے", cancelled: "منسوخ" };

export const feedWords: Record<FeedLanguage, FeedWords> = {
  en: {
    calendarName: "Pathways: my work",
    calendarDescription: "Your sessions, reviews due and panel meetings in Pathways. Case references only; sign in to see more.",
    session: (reference) => `Session: case ${reference}`,
    carePlanReview: (reference) => `Care plan review due: case ${reference}`,
    carePlanReviewLine: "The care plan is due for review.",
    reassessment: (instrument, reference) => `${instrument} due: case ${reference}`,
    reassessmentLine: (instrument) => `A ${instrument} assessment is due.`,
    panelMeeting: (site) => `Safeguarding panel: ${site}`,
    attendance: (attendance) => `Status: ${attendance === null ? "Planned" : (englishAttendance[attendance] ?? attendance)}`,
    site: (site) => `Site: ${site}`,
    place: (place) => `Where: ${place}`,
    signIn: (url) => `Sign in to Pathways to open it: ${url}`,
    footer: "This calendar never names the people cases are about.",
    sessionCategory: "Session",
    dueCategory: "Due",
    panelCategory: "Panel",
  },
  ur: {
    calendarName: "Pathways: میرا کام",
    calendarDescription: "Pathways میں آپ کے سیشن، واجب جائزے اور پینل میٹنگز۔ صرف کیس کے حوالہ نمبر؛ مزید دیکھنے کے لیے سائن ان کریں۔",
    session: (reference) => `سیشن: کیس ${reference}`,
    carePlanReview: (reference) => `کیئر پلان کا جائزہ واجب: کیس ${reference}`,
    carePlanReviewLine: "کیئر پلان کا جائزہ واجب ہے۔",
    reassessment: (instrument, reference) => `${instrument} واجب: کیس ${reference}`,
    reassessmentLine: (instrument) => `${instrument} کا جائزہ واجب ہے۔`,
    panelMeeting: (site) => `سیف گارڈنگ پینل: ${site}`,
    attendance: (attendance) => `کیفیت: ${attendance === null ? "طے شدہ" : (urduAttendance[attendance] ?? attendance)}`,
    site: (site) => `سائٹ: ${site}`,
    place: (place) => `جگہ: ${place}`,
    signIn: (url) => `کھولنے کے لیے Pathways میں سائن ان کریں: ${url}`,
    footer: "اس کیلنڈر میں کبھی ان لوگوں کے نام نہیں ہوتے جن کے کیس ہیں۔",
    sessionCategory: "سیشن",
    dueCategory: "واجب",
    panelCategory: "پینل",
  },
};

/** The feed's language for a user's saved language: Urdu for Urdu, English otherwise. */
export const feedLanguage = (language: string): FeedLanguage => (language === "ur" ? "ur" : "en");
