/**
 * Personal details of a referral — the person and whoever referred them — shown only when asked
 * for. Asking is recorded in the audit log with the user's name, and the page says so before the
 * button is pressed. The details can be hidden again; showing them again is recorded again.
 */
import { Button, SimpleGrid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FactList } from "../components/fact-list.js";
import { Section } from "../components/section.js";
import { RevealPrompt, useReveal } from "../components/use-reveal.js";
import { useFormat } from "../i18n/format.js";
import { referralsApi, type ReferralIdentity } from "./referrals-api.js";

export function ReferralIdentityPanel({ referralId }: { referralId: string }) {
  const { t } = useTranslation();
  const { value: identity, hide, reveal, isBusy, error } = useReveal(() => referralsApi.reveal(referralId));

  if (!identity) {
    return (
      <RevealPrompt
        title={t("referrals.identity.title")}
        explanation={t("referrals.identity.hiddenExplain")}
        buttonLabel={t("referrals.identity.show")}
        isBusy={isBusy}
        error={error}
        onReveal={reveal}
      />
    );
  }
  return (
    <Section
      title={t("referrals.identity.shownTitle")}
      className="revealed-panel"
      actions={
        <Button variant="default" onClick={hide}>
          {t("referrals.identity.hide")}
        </Button>
      }
    >
      <Text size="sm">{t("referrals.identity.recorded")}</Text>
      <IdentityDetails identity={identity} />
    </Section>
  );
}

function IdentityDetails({ identity }: { identity: ReferralIdentity }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { person, referrer } = identity;
  const none = t("referrals.notGiven");
  const text = (value: string | null, isLatin = false) => (value ? <bdi dir={isLatin ? "ltr" : "auto"}>{value}</bdi> : none);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <div>
        <Title order={3} size="h4" mb="xs">
          {t("referrals.identity.person")}
        </Title>
        <FactList
          columns={1}
          facts={[
            { label: t("clients.fields.givenName"), value: text(person.givenName) },
            { label: t("clients.fields.familyName"), value: text(person.familyName) },
            { label: t("clients.fields.dateOfBirth"), value: person.dateOfBirth ? format.date(`${person.dateOfBirth}T12:00:00Z`) : none },
            { label: t("clients.fields.phone"), value: text(person.phone, true) },
            { label: t("clients.fields.email"), value: text(person.email, true) },
            { label: t("clients.fields.postcode"), value: text(person.postcode, true) },
          ]}
        />
      </div>
      <div>
        <Title order={3} size="h4" mb="xs">
          {t("referrals.identity.referrer")}
        </Title>
        <FactList
          columns={1}
          facts={[
            { label: t("referrals.form.referrerName"), value: text(referrer.name) },
            { label: t("clients.fields.phone"), value: text(referrer.phone, true) },
            { label: t("clients.fields.email"), value: text(referrer.email, true) },
          ]}
        />
      </div>
    </SimpleGrid>
  );
}
