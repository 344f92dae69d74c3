/** The client's case episodes, newest first, with their state and the site that holds each. */
import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CaseStateBadge } from "../cases/case-badges.js";
import { Section } from "../components/section.js";
import { useFormat } from "../i18n/format.js";
import { useSiteName } from "../users/grant-list.js";
import type { ClientProfile } from "./clients-api.js";
import { RecordLink } from "../components/record-link.js";

export function ClientCases({ client }: { client: ClientProfile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const siteName = useSiteName();
  const cases = [...client.cases].sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  return (
    <Section title={t("clients.cases.title")}>
      {cases.length === 0 ? (
        <Text>{t("clients.cases.none")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped verticalSpacing="sm">
            <Table.Caption>{t("clients.cases.caption", { count: cases.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("cases.reference")}</Table.Th>
                <Table.Th>{t("cases.stateLabel")}</Table.Th>
                <Table.Th>{t("cases.site")}</Table.Th>
                <Table.Th>{t("cases.opened")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cases.map((kase) => (
                <Table.Tr key={kase.id}>
                  <Table.Td>
                    <RecordLink kind="case" id={kase.id} reference={kase.reference} />
                  </Table.Td>
                  <Table.Td>
                    <CaseStateBadge state={kase.state} />
                  </Table.Td>
                  <Table.Td>{siteName(kase.siteId)}</Table.Td>
                  <Table.Td>{format.date(kase.openedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}
