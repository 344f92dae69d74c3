/** One side of the merge screen: the record's reference, what is known about it, and its identity on request. */
import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FactList } from "../components/fact-list.js";
import { Section } from "../components/section.js";
import { isolateReference } from "../i18n/format.js";
import { useLanguageName } from "../referrals/preference-labels.js";
import { ClientIdentityPanel } from "./client-identity-panel.js";
import type { ClientProfile } from "./clients-api.js";
import { useDemographicLabels } from "./demographic-labels.js";

export function MergeRecordColumn({ client, role }: { client: ClientProfile; role: "kept" | "duplicate" }) {
  const { t } = useTranslation();
  const labels = useDemographicLabels();
  const languageName = useLanguageName();
  const d = client.demographics;
  return (
    <Stack>
      <Section title={t(`clients.merge.${role}Title`, { reference: isolateReference(client.reference) })}>
        <FactList
          columns={1}
          facts={[
            { label: t("clients.ageBand"), value: labels.ageBand(client.ageBand) },
            { label: t("clients.demographics.ethnicity"), value: labels.ethnicity(d.ethnicity) },
            { label: t("clients.demographics.religion"), value: t(`clients.religions.${d.religion}`) },
            { label: t("referrals.preferredLanguage"), value: languageName(d.preferredLanguage) },
            { label: t("clients.demographics.postcodeDistrict"), value: d.postcodeDistrict ?? t("clients.notRecorded") },
            { label: t("clients.merge.caseCount"), value: String(client.cases.length) },
            { label: t("clients.merge.consentCount"), value: String(client.consents.length) },
          ]}
        />
      </Section>
      {client.abilities.revealIdentity && (
        <ClientIdentityPanel clientId={client.id} canEdit={false} title={t("clients.merge.identityOf", { reference: isolateReference(client.reference) })} />
      )}
    </Stack>
  );
}
