/**
 * What the client has agreed to, per purpose: given or withdrawn, how, when and who recorded it,
 * with buttons to record a change (when allowed) and the full history on request.
 */
import { Accordion, Badge, Button, Group, Table, Text } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { consentPurposes } from "../../../core/api/clients.js";
import { Section } from "../components/section.js";
import { useFormat } from "../i18n/format.js";
import type { ClientProfile, Consent } from "./clients-api.js";
import { ConsentDialog, type ConsentChange } from "./consent-dialog.js";

type Row = { purpose: Consent["purpose"]; consent: Consent | null };

function currentRows(consents: readonly Consent[]): Row[] {
  return consentPurposes.flatMap((purpose): Row[] => {
    const matching = consents.filter((consent) => consent.purpose === purpose);
    return matching.length > 0 ? matching.map((consent) => ({ purpose, consent })) : [{ purpose, consent: null }];
  });
}

export function ConsentPanel({ client, onChanged }: { client: ClientProfile; onChanged: (client: ClientProfile) => void }) {
  const { t } = useTranslation();
  const [change, setChange] = useState<ConsentChange | null>(null);
  const canRecord = client.abilities.recordConsent;
  const history = [...client.consentHistory].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
  const hasPartnerConsent = client.consents.some((consent) => consent.purpose === "share_with_partner");
  const purposeLabel = (purpose: Consent["purpose"], partner: string | null) =>
    partner ? `${t(`clients.consent.purposes.${purpose}`)} (${partner})` : t(`clients.consent.purposes.${purpose}`);
  return (
    <Section title={t("clients.consent.title")}>
      <Text maw="70ch">{t("clients.consent.intro")}</Text>
      <Table.ScrollContainer minWidth={760}>
        <ConsentTable
          caption={t("clients.consent.currentCaption")}
          rows={currentRows(client.consents)}
          renderActions={
            canRecord
              ? ({ purpose, consent }) => {
                  const partner = consent?.partner ?? null;
                  const isGiven = consent?.status === "given";
                  return (
                    <Button
                      size="xs"
                      variant={isGiven ? "outline" : "default"}
                      color={isGiven ? "red" : undefined}
                      aria-label={t(isGiven ? "clients.consent.recordWithdrawalFor" : "clients.consent.recordGivenFor", { purpose: purposeLabel(purpose, partner) })}
                      onClick={() => setChange({ purpose, partner, status: isGiven ? "withdrawn" : "given" })}
                    >
                      {t(isGiven ? "clients.consent.recordWithdrawal" : "clients.consent.recordGiven")}
                    </Button>
                  );
                }
              : null
          }
        />
      </Table.ScrollContainer>
      {canRecord && hasPartnerConsent && (
        <Group>
          <Button variant="subtle" onClick={() => setChange({ purpose: "share_with_partner", partner: null, status: "given" })}>
            {t("clients.consent.newPartner")}
          </Button>
        </Group>
      )}
      {history.length > 0 && <ConsentHistory history={history} />}
      <ConsentDialog
        clientId={client.id}
        change={change}
        onClose={() => setChange(null)}
        onSaved={(saved) => {
          setChange(null);
          onChanged(saved);
        }}
      />
    </Section>
  );
}

/** Every consent recorded, newest first, folded away until asked for. */
function ConsentHistory({ history }: { history: Consent[] }) {
  const { t } = useTranslation();
  return (
    <Accordion variant="contained">
      <Accordion.Item value="history">
        <Accordion.Control>{t("clients.consent.history", { count: history.length })}</Accordion.Control>
        <Accordion.Panel>
          <Table.ScrollContainer minWidth={640}>
            <ConsentTable caption={t("clients.consent.historyCaption")} rows={history.map((consent) => ({ purpose: consent.purpose, consent }))} renderActions={null} />
          </Table.ScrollContainer>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

function ConsentTable({ caption, rows, renderActions }: { caption: string; rows: Row[]; renderActions: ((row: Row) => ReactNode) | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table verticalSpacing="sm" striped>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("clients.consent.purpose")}</Table.Th>
          <Table.Th>{t("clients.consent.status")}</Table.Th>
          <Table.Th>{t("clients.consent.method")}</Table.Th>
          <Table.Th>{t("clients.consent.recordedAt")}</Table.Th>
          <Table.Th>{t("clients.consent.recordedBy")}</Table.Th>
          {renderActions && <Table.Th>{t("common.actions")}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, index) => (
          <Table.Tr key={`${row.purpose}-${row.consent?.partner ?? ""}-${row.consent?.recordedAt ?? index}`}>
            <Table.Td>
              <Text size="sm" fw={500}>{t(`clients.consent.purposes.${row.purpose}`)}</Text>
              {row.consent?.partner && <Text size="sm"><bdi>{row.consent.partner}</bdi></Text>}
            </Table.Td>
            <Table.Td>
              <ConsentStatusBadge status={row.consent?.status ?? null} />
            </Table.Td>
            <Table.Td>{row.consent ? t(`clients.consent.methods.${row.consent.method}`) : ""}</Table.Td>
            <Table.Td>{row.consent ? format.dateTime(row.consent.recordedAt) : ""}</Table.Td>
            <Table.Td>{row.consent ? (row.consent.recordedBy ?? t("clients.consent.system")) : ""}</Table.Td>
            {renderActions && <Table.Td>{renderActions(row)}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ConsentStatusBadge({ status }: { status: Consent["status"] | null }) {
  const { t } = useTranslation();
  const colour = status === "given" ? "green" : status === "withdrawn" ? "red" : "gray";
  return (
    <Badge color={colour} variant="light" tt="none" radius="sm">
      {t(`clients.consent.statuses.${status ?? "none"}`)}
    </Badge>
  );
}
