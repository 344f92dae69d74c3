/** A list of tokens: name, who it acts as, scope, when it stops, last use, and revoking. */
import { Badge, Button, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ApiToken } from "../../../core/api/integrations.js";
import { useFormat } from "../i18n/format.js";

interface TokenTableProps {
  tokens: ApiToken[];
  caption: string;
  onRevoke: (token: ApiToken) => void;
}

export function TokenTable({ tokens, caption, onRevoke }: TokenTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (tokens.length === 0) return <Text>{t("integrations.noTokens")}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("integrations.tokenName")}</Table.Th>
            <Table.Th>{t("integrations.actsAs")}</Table.Th>
            <Table.Th>{t("integrations.scope")}</Table.Th>
            <Table.Th>{t("integrations.expires")}</Table.Th>
            <Table.Th>{t("integrations.lastUsed")}</Table.Th>
            <Table.Th>{t("common.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Td>
                <Text fw={600}>{token.name}</Text>
                <Text size="sm" ff="monospace" dir="ltr">{`${token.displayPrefix}…`}</Text>
              </Table.Td>
              <Table.Td>{token.ownerName}</Table.Td>
              <Table.Td>{t(`integrations.scopes.${token.scope}`)}</Table.Td>
              <Table.Td>
                {token.revokedAt ? <Badge color="gray">{t("integrations.revoked")}</Badge> : !token.isUsable ? <Badge color="gray">{t("integrations.expired")}</Badge> : format.date(token.expiresAt)}
              </Table.Td>
              <Table.Td>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t("integrations.neverUsed")}</Table.Td>
              <Table.Td>
                {token.canRevoke && (
                  <Button size="xs" color="red" variant="light" onClick={() => onRevoke(token)} aria-label={t("integrations.revokeNamed", { name: token.name })}>
                    {t("integrations.revoke")}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
