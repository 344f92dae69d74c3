/** A revealed identity as labelled facts; names may be in any script, contact details read left to right. */
import { useTranslation } from "react-i18next";
import { FactList } from "../components/fact-list.js";
import { useFormat } from "../i18n/format.js";
import type { Identity } from "./clients-api.js";

export function IdentityFacts({ identity, columns = 3 }: { identity: Identity; columns?: 1 | 2 | 3 }) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = t("clients.notRecorded");
  const text = (value: string | null, isLatin = false) => (value ? <bdi dir={isLatin ? "ltr" : "auto"}>{value}</bdi> : none);
  return (
    <FactList
      columns={columns}
      facts={[
        { label: t("clients.fields.givenName"), value: text(identity.givenName) },
        { label: t("clients.fields.familyName"), value: text(identity.familyName) },
        { label: t("clients.fields.otherNames"), value: identity.otherNames.length > 0 ? <bdi dir="auto">{identity.otherNames.join(", ")}</bdi> : none },
        { label: t("clients.fields.dateOfBirth"), value: identity.dateOfBirth ? format.date(`${identity.dateOfBirth}T12:00:00Z`) : none },
        { label: t("clients.fields.address"), value: text(identity.address) },
        { label: t("clients.fields.postcode"), value: text(identity.postcode, true) },
        { label: t("clients.fields.phone"), value: text(identity.phone, true) },
        { label: t("clients.fields.email"), value: text(identity.email, true) },
        { label: t("clients.fields.nhsNumber"), value: text(identity.nhsNumber, true) },
      ]}
    />
  );
}
