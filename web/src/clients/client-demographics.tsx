/** A client's demographics and support preferences in words, with an edit dialog when allowed. */
import { Button } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AppModal } from "../components/app-modal.js";
import { FactList } from "../components/fact-list.js";
import { Section } from "../components/section.js";
import { useLanguageName } from "../referrals/preference-labels.js";
import type { ClientProfile } from "./clients-api.js";
import { DemographicsForm } from "./demographics-form.js";
import { useDemographicLabels } from "./demographic-labels.js";

export function ClientDemographics({ client, onSaved }: { client: ClientProfile; onSaved: (client: ClientProfile) => void }) {
  const { t } = useTranslation();
  const labels = useDemographicLabels();
  const languageName = useLanguageName();
  const [isEditing, setIsEditing] = useState(false);
  const d = client.demographics;
  const none = t("clients.notRecorded");
  return (
    <Section
      title={t("clients.demographics.title")}
      actions={
        client.abilities.edit && (
          <Button variant="default" onClick={() => setIsEditing(true)}>
            {t("clients.demographics.edit")}
          </Button>
        )
      }
    >
      <FactList
        columns={3}
        facts={[
          { label: t("clients.demographics.ethnicity"), value: labels.ethnicity(d.ethnicity) },
          { label: t("clients.demographics.religion"), value: t(`clients.religions.${d.religion}`) },
          { label: t("clients.demographics.sex"), value: t(`clients.sexes.${d.sex}`) },
          { label: t("clients.demographics.genderIdentity"), value: d.genderIdentity ? <bdi>{d.genderIdentity}</bdi> : none },
          { label: t("clients.demographics.disability"), value: t(`clients.disability.${d.disability}`) },
          { label: t("clients.demographics.postcodeDistrict"), value: d.postcodeDistrict ? <bdi dir="ltr">{d.postcodeDistrict}</bdi> : none },
          { label: t("clients.demographics.firstLanguage"), value: d.firstLanguage ? <bdi>{d.firstLanguage}</bdi> : none },
          { label: t("referrals.preferredLanguage"), value: languageName(d.preferredLanguage) },
          { label: t("referrals.interpreterNeeded"), value: t(d.isInterpreterNeeded ? "referrals.yes" : "referrals.no") },
          { label: t("referrals.workerGender"), value: t(`referrals.workerGenders.${d.preferredWorkerGender}`) },
        ]}
      />
      <AppModal opened={isEditing} onClose={() => setIsEditing(false)} title={t("clients.demographics.editTitle")} size="lg">
        <DemographicsForm
          client={client}
          onSaved={(saved) => {
            onSaved(saved);
            setIsEditing(false);
          }}
        />
      </AppModal>
    </Section>
  );
}
