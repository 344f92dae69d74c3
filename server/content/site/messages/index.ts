/**
 * The public site's words per language: its own (these files, one shape checked by the compiler)
 * and the help texts the public referral pages already speak in all six languages (the web app's
 * catalogues, `public.*`), shared so that the two never say different things.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SiteLanguage } from "../../../../core/content/vocabulary.js";
import { ar } from "./ar.js";
import { bn } from "./bn.js";
import { en, type SiteMessages } from "./en.js";
import { pa } from "./pa.js";
import { pl } from "./pl.js";
import { ur } from "./ur.js";

const own: Record<SiteLanguage, SiteMessages> = { en, ur, pa, bn, ar, pl };

/** The public referral pages' texts this site reuses, as the web app's catalogues hold them. */
export interface SharedPublicText {
  skipToContent: string;
  quickExit: { button: string; hint: string };
  footer: { emergency: string; staffSignIn: string };
  emergency: { title: string; danger: string; mentalHealth: string; samaritans: string };
  getHelp: {
    title: string;
    intro: string;
    whoTitle: string;
    who: Record<string, string>;
    notSure: string;
    sites: string;
    startTitle: string;
    forMyself: string;
    forSomeoneElse: string;
    formTime: string;
    nextTitle: string;
    steps: { form: string; read: string; contact: string };
    privateTitle: string;
    privateBody: string;
    alreadySent: string;
    checkStatus: string;
  };
}

export type Words = SiteMessages & { shared: SharedPublicText };

const catalogueFolder = fileURLToPath(new URL("../../../../web/src/i18n/", import.meta.url));

function sharedText(language: SiteLanguage): SharedPublicText {
  const catalogue = JSON.parse(readFileSync(`${catalogueFolder}${language}.json`, "utf8")) as { public: SharedPublicText };
  return catalogue.public;
}

/** Every language's words, read once at start. */
export const words: Record<SiteLanguage, Words> = Object.fromEntries(
  (Object.keys(own) as SiteLanguage[]).map((language) => [language, { ...own[language], shared: sharedText(language) }]),
) as Record<SiteLanguage, Words>;
