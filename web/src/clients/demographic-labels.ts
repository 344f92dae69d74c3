/**
 * Readable words for demographic codes: ONS 2021 ethnicity categories (group and category), religion,
 * sex, disability, age bands. Used by the profile, its edit form and the merge screen.
 */
import type { ComboboxItem, ComboboxItemGroup } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ethnicities, type Ethnicity } from "../../../core/clients/demographics.js";

const ethnicityGroups = ["asian", "black", "mixed", "white", "other", "not_stated"] as const;

export function useDemographicLabels() {
  const { t } = useTranslation();
  return {
    /** "Asian or Asian British: Pakistani", as the census writes it. */
    ethnicity: (code: Ethnicity): string => {
      const group = ethnicities.find((entry) => entry.code === code)?.group ?? "not_stated";
      const name = t(`clients.ethnicities.${code}`);
      return group === "not_stated" ? name : t("clients.ethnicityWithGroup", { group: t(`clients.ethnicityGroups.${group}`), name });
    },
    /** The 20 categories under their 5 group headings, for a select. */
    ethnicityOptions: (): ComboboxItemGroup<ComboboxItem, string>[] =>
      ethnicityGroups.map((group) => ({
        group: t(`clients.ethnicityGroups.${group}`),
        items: ethnicities
          .filter((entry) => entry.group === group)
          .map((entry) => ({ value: entry.code, label: t(`clients.ethnicities.${entry.code}`) })),
      })),
    ageBand: (band: string): string => t(`clients.ageBands.${band}`, { defaultValue: band }),
  };
}
