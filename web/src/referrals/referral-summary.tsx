/** What a referral is about, without identifying anyone: facts, the concern, preferences and who referred. */
import { SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FactList } from "../components/fact-list.js";
import { RelativeTime } from "../components/relative-time.js";
import { Section } from "../components/section.js";
import { useFormat } from "../i18n/format.js";
import { useLanguageName } from "./preference-labels.js";
import { ReasonTags, useSourceLabel } from "./referral-badges.js";
import type { ReferralDetail } from "./referrals-api.js";

export function ReferralSummary({ referral }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sourceLabel = useSourceLabel();
  const languageName = useLanguageName();
  const awareness = referral.isPersonAware === null ? "unknown" : referral.isPersonAware ? "yes" : "no";
  const notGiven = t("referrals.notGiven");
  return (
    <>
      <Section title={t("referrals.summaryTitle")}>
        <FactList
          columns={3}
          facts={[
            { label: t("referrals.received"), value: <RelativeTime iso={referral.receivedAt} /> },
            { label: t("referrals.dueBy"), value: format.dateTime(referral.triageDueAt) },
            { label: t("referrals.source"), value: `${sourceLabel(referral.source)} · ${t(`referrals.channel.${referral.channel}`)}` },
            { label: t("referrals.isPersonAware"), value: t(`referrals.awareness.${awareness}`) },
            { label: t("referrals.consentRecorded"), value: t(referral.isReferrerConsentGiven ? "referrals.yes" : "referrals.no") },
          ]}
        />
        <Text size="sm" c="dimmed" mt="xs">
          {t("referrals.reasonsLabel")}
        </Text>
        <ReasonTags reasons={referral.reasons} />
      </Section>
      <Section title={t("referrals.concern")}>
        <Text dir="auto" style={{ whiteSpace: "pre-wrap" }} maw="70ch">
          {referral.concern}
        </Text>
      </Section>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title={t("referrals.preferencesTitle")}>
          <FactList
            columns={1}
            facts={[
              { label: t("referrals.preferredLanguage"), value: languageName(referral.preferredLanguage) },
              { label: t("referrals.interpreterNeeded"), value: t(referral.isInterpreterNeeded ? "referrals.yes" : "referrals.no") },
              { label: t("referrals.workerGender"), value: t(`referrals.workerGenders.${referral.preferredWorkerGender}`, { defaultValue: referral.preferredWorkerGender }) },
            ]}
          />
        </Section>
        <Section title={t("referrals.referrerTitle")}>
          {referral.source.code === "self" ? (
            <Text>{t("referrals.selfReferral")}</Text>
          ) : (
            <FactList
              columns={1}
              facts={[
                { label: t("referrals.form.referrerOrganisation"), value: <bdi>{referral.referrerOrganisation ?? notGiven}</bdi> },
                { label: t("referrals.form.referrerRelationship"), value: <bdi>{referral.referrerRelationship ?? notGiven}</bdi> },
              ]}
            />
          )}
        </Section>
      </SimpleGrid>
    </>
  );
}
