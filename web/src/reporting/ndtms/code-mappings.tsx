/**
 * Every code mapping, one accordion panel each: Pathways' codes (the built-in vocabularies, and the
 * organisation's own referral sources, intervention types and programmes) beside the national codes
 * they become. Closed lists come from the core; open ones from the server's answer, plus any code
 * already mapped.
 */
import { Accordion, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { closureReasons } from "../../../../core/cases/case-state-machine.js";
import { ethnicityCodes, religions, sexes } from "../../../../core/clients/demographics.js";
import { consentStates, ndtmsSubstances } from "../../../../core/reporting/ndtms.js";
import { CodeTable, type CodeRow } from "./code-table.js";
import { LocalAuthorityTable } from "./local-authority-table.js";
import type { NdtmsSettingsView } from "./ndtms-api.js";

export type Codes = NdtmsSettingsView["settings"]["codes"];
type Table = keyof Codes;
type Vocabularies = NdtmsSettingsView["vocabularies"];

const closed = (codes: readonly string[], label: (code: string) => string): CodeRow[] => codes.map((code) => ({ code, label: label(code) }));

/** Our codes of an open list: the organisation's, then any mapped code it no longer has. */
function open(own: Vocabularies[keyof Vocabularies], mapped: Readonly<Record<string, string>>, label: (code: string, own: string | null) => string): CodeRow[] {
  const rows = own.map((entry) => ({ code: entry.code, label: label(entry.code, entry.label) }));
  const extra = Object.keys(mapped).filter((code) => !own.some((entry) => entry.code === code));
  return [...rows, ...extra.map((code) => ({ code, label: code }))];
}

function rowsOf(table: Exclude<Table, "localAuthority">, codes: Codes, vocabularies: Vocabularies, t: TFunction): CodeRow[] {
  switch (table) {
    case "attributorSex":
    case "gender":
      return closed(sexes, (code) => t(`clients.sexes.${code}`));
    case "ethnicity":
      return closed(ethnicityCodes, (code) => t(`clients.ethnicities.${code}`));
    case "religion":
      return closed(religions, (code) => t(`clients.religions.${code}`));
    case "disability":
      return closed(["yes", "no", "not_stated"], (code) => t(`clients.disability.${code}`));
    case "consent":
      return closed(consentStates, (code) => t(`ndtms.consentStates.${code}`));
    case "substance":
      return closed(ndtmsSubstances, (code) => t(`ndtms.substances.${code}`));
    case "dischargeReason":
      return closed(closureReasons, (code) => t(`cases.closureReasons.${code}`));
    case "referralSource":
      return open(vocabularies.referralSources, codes.referralSource, (code, own) => t(`referrals.sources.${code}`, { defaultValue: own ?? code }));
    case "intervention":
      return open(vocabularies.interventionTypes, codes.intervention, (code, own) => own ?? t(`support.interventionTypes.${code}`, { defaultValue: code }));
    case "programme":
      return open(vocabularies.programmes, codes.programme, (code, own) => own ?? code);
  }
}

const tables: readonly Table[] = ["attributorSex", "gender", "ethnicity", "religion", "disability", "consent", "referralSource", "substance", "intervention", "programme", "dischargeReason", "localAuthority"];

interface CodeMappingsProps {
  codes: Codes;
  vocabularies: Vocabularies;
  onChange: (codes: Codes) => void;
  /** Field errors by path (`codes.ethnicity.white_british`). */
  errors: Readonly<Record<string, string>>;
}

export function CodeMappings({ codes, vocabularies, onChange, errors }: CodeMappingsProps) {
  const { t } = useTranslation();
  const errorsOf = (table: Table) => Object.fromEntries(Object.entries(errors).filter(([path]) => path.startsWith(`codes.${table}.`)).map(([path, message]) => [path.slice(`codes.${table}.`.length), message]));
  const hasErrors = (table: Table) => Object.keys(errorsOf(table)).length > 0;
  const [opened, setOpened] = useState<string[]>([]);
  // A table with a problem stays open until it is put right, so the problem can be seen.
  const shown = [...new Set([...opened, ...tables.filter(hasErrors)])];
  return (
    <Accordion multiple variant="separated" value={shown} onChange={setOpened}>
      {tables.map((table) => (
        <Accordion.Item key={table} value={table}>
          <Accordion.Control>
            {t(`ndtms.tables.${table}.title`)}
            {hasErrors(table) ? ` — ${t("ndtms.settings.codes.hasProblems")}` : ""}
          </Accordion.Control>
          <Accordion.Panel>
            <Text size="sm" c="dimmed" mb="xs">
              {t(`ndtms.tables.${table}.hint`)}
            </Text>
            {table === "localAuthority" ? (
              <LocalAuthorityTable values={codes.localAuthority} onChange={(values) => onChange({ ...codes, localAuthority: values })} errors={errorsOf(table)} />
            ) : (
              <CodeTable
                caption={t(`ndtms.tables.${table}.title`)}
                rows={rowsOf(table, codes, vocabularies, t)}
                values={codes[table]}
                onChange={(code, value) => onChange({ ...codes, [table]: { ...codes[table], [code]: value } })}
                errors={errorsOf(table)}
                {...(table === "attributorSex" ? { maxLength: 1 } : {})}
              />
            )}
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
