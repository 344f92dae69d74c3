/** A partner's contacts (each reachable by a tap on a phone) and its agreements with their state today. */
import { Anchor, Group, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PartnerView } from "../../../../core/api/outreach-partners.js";
import { useFormat } from "../../i18n/format.js";
import { AgreementStateBadge } from "./partner-badges.js";

export function ContactList({ contacts }: { contacts: PartnerView["contacts"] }) {
  const { t } = useTranslation();
  if (contacts.length === 0) return <Text>{t("partners.page.noContacts")}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
      {contacts.map((contact, index) => (
        <Paper key={`${contact.name}-${index}`} withBorder p="sm" component="li">
          <Stack gap={2}>
            <Text fw={600}>
              <bdi>{contact.name}</bdi>
            </Text>
            {contact.role && (
              <Text size="sm" c="dimmed">
                <bdi>{contact.role}</bdi>
              </Text>
            )}
            {contact.email && (
              <Anchor href={`mailto:${contact.email}`} size="sm" dir="ltr" style={{ overflowWrap: "anywhere" }}>
                {contact.email}
              </Anchor>
            )}
            {contact.phone && (
              <Anchor href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`} size="sm" dir="ltr">
                {contact.phone}
              </Anchor>
            )}
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

export function AgreementList({ agreements }: { agreements: PartnerView["agreements"] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (agreements.length === 0) return <Text>{t("partners.page.noAgreements")}</Text>;
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
      {agreements.map((agreement, index) => (
        <Paper key={`${agreement.kind}-${agreement.signedOn}-${index}`} withBorder p="sm" component="li">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
            <Stack gap={2}>
              <Text fw={600}>{t(`outreach.agreementKinds.${agreement.kind}`)}</Text>
              {agreement.reference && (
                <Text size="sm">
                  {t("partners.page.reference", { reference: agreement.reference })}
                </Text>
              )}
              <Text size="sm" c="dimmed">
                {agreement.endsOn
                  ? t("partners.page.agreementDates", { signed: format.day(agreement.signedOn), ends: format.day(agreement.endsOn) })
                  : t("partners.page.agreementOpen", { signed: format.day(agreement.signedOn) })}
              </Text>
            </Stack>
            <AgreementStateBadge state={agreement.state} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
