/** The rule that applied to a record, in the reader's words: "Adult: 8 years after the case closed". */
import { useTranslation } from "react-i18next";
import type { RetentionAgeGroup, RetentionRule } from "../../../../core/data-protection/retention-rules.js";
import { useFormat } from "../../i18n/format.js";

export function useRuleWords() {
  const { t } = useTranslation();
  const format = useFormat();
  return (ageGroup: RetentionAgeGroup, rule: RetentionRule): string => {
    switch (ageGroup) {
      case "adult":
        return t("retention.ruleApplied.adult", { years: format.number(rule.adultYearsAfterClosure) });
      case "child_aged_17":
        return t("retention.ruleApplied.childAged17", { age: format.number(rule.childAged17UntilBirthday) });
      case "child":
        return t("retention.ruleApplied.child", { age: format.number(rule.childUntilBirthday) });
      case "age_unknown":
        return t("retention.ruleApplied.ageUnknown");
    }
  };
}
