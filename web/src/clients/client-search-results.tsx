/** Search results: each record with how strong the match is and why; other sites' records without a link. */
import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Reference } from "../components/reference.js";
import type { ClientMatch } from "./clients-api.js";
import { MatchReasons, StrengthBadge } from "./match-reasons.js";
import { RecordLink } from "../components/record-link.js";

export function ClientSearchResults({ results }: { results: readonly ClientMatch[] }) {
  const { t } = useTranslation();
  if (results.length === 0) return <Text fw={500}>{t("clients.search.none")}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="sm">
        <Table.Caption>{t("clients.search.caption", { count: results.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("clients.reference")}</Table.Th>
            <Table.Th>{t("clients.search.match")}</Table.Th>
            <Table.Th>{t("clients.search.why")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {results.map((match) => (
            <Table.Tr key={match.clientId}>
              <Table.Td>
                {match.isInScope ? (
                  <RecordLink kind="client" id={match.clientId} reference={match.reference} />
                ) : (
                  <>
                    <Reference value={match.reference} fw={600} />
                    <Text size="sm">{t("clients.otherSite")}</Text>
                  </>
                )}
              </Table.Td>
              <Table.Td>
                <StrengthBadge strength={match.strength} />
              </Table.Td>
              <Table.Td>
                <MatchReasons reasons={match.reasons} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
