/**
 * A case's referrals to outside agencies: to whom, when sent, where each stands (sent, accepted,
 * declined, closed), the outcome and the day the case came back to the organisation. Those the
 * server allows record a referral and its replies.
 */
import { Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ExternalReferralView } from "../../../core/api/panel.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { isolate, useFormat } from "../i18n/format.js";
import { AddReferralDialog } from "./add-referral-dialog.js";
import { panelApi } from "./panel-api.js";
import { panelLabels } from "./panel-labels.js";
import { ReferralEventDialog, type ReferralStep } from "./referral-event-dialog.js";

const statusColours: Record<string, string> = { sent: "blue", accepted: "teal", declined: "orange", closed: "gray" };

export function ExternalReferrals({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad(() => panelApi.caseReferrals(caseId), [caseId]);
  const [isAdding, setIsAdding] = useState(false);
  const [step, setStep] = useState<{ referral: ExternalReferralView; type: ReferralStep } | null>(null);
  const list = state.status === "ready" ? state.data : null;
  return (
    <Section title={t("panel.referrals.title")} actions={list?.abilities.add && <Button variant="default" onClick={() => setIsAdding(true)}>{t("panel.referrals.add")}</Button>}>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {list && (list.items.length === 0 ? <Text>{t("panel.referrals.none")}</Text> : <ReferralTable items={list.items} onStep={(referral, type) => setStep({ referral, type })} />)}
      <AddReferralDialog caseId={caseId} opened={isAdding} onClose={() => setIsAdding(false)} onAdded={() => { setIsAdding(false); reload(); }} />
      <ReferralEventDialog step={step} onClose={() => setStep(null)} onDone={() => { setStep(null); reload(); }} />
    </Section>
  );
}

function ReferralTable({ items, onStep }: { items: readonly ExternalReferralView[]; onStep: (referral: ExternalReferralView, type: ReferralStep) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = panelLabels(t);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm">
        <Table.Caption>{t("panel.referrals.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("panel.referrals.to")}</Table.Th>
            <Table.Th scope="col">{t("panel.referrals.sentOn")}</Table.Th>
            <Table.Th scope="col">{t("panel.referrals.status")}</Table.Th>
            <Table.Th scope="col">{t("panel.referrals.outcome")}</Table.Th>
            <Table.Th scope="col">{t("common.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((referral) => (
            <Table.Tr key={referral.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {referral.target === "other" && referral.targetName ? <bdi>{referral.targetName}</bdi> : labels.referralTarget(referral.target)}
                </Text>
                {referral.recordedByName && (
                  <Text size="xs" c="dimmed">
                    {t("panel.referrals.recordedBy", { name: isolate(referral.recordedByName) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{format.day(referral.sentOn)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={statusColours[referral.status] ?? "gray"}>
                  {labels.referralStatus(referral.status)}
                </Badge>
                {referral.respondedOn && (
                  <Text size="xs" c="dimmed">
                    {t("panel.referrals.respondedOn", { date: format.day(referral.respondedOn) })}
                  </Text>
                )}
                {referral.closedOn && (
                  <Text size="xs" c="dimmed">
                    {t("panel.referrals.closedOn", { date: format.day(referral.closedOn) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {referral.outcome ? (
                  <Text size="sm" dir="auto" style={{ whiteSpace: "pre-wrap" }}>
                    {referral.outcome}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t("panel.referrals.noOutcome")}
                  </Text>
                )}
                {referral.returnedToOrganisationOn && (
                  <Text size="xs" c="dimmed">
                    {t("panel.referrals.returnedOn", { date: format.day(referral.returnedToOrganisationOn) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <Group gap={4}>
                    {referral.abilities.accept && <Button size="xs" variant="default" onClick={() => onStep(referral, "accept")} aria-label={t("panel.rowAction", { action: t("panel.referrals.accept"), row: isolate(referral.targetName ?? labels.referralTarget(referral.target)) })}>{t("panel.referrals.accept")}</Button>}
                    {referral.abilities.decline && <Button size="xs" variant="default" onClick={() => onStep(referral, "decline")} aria-label={t("panel.rowAction", { action: t("panel.referrals.decline"), row: isolate(referral.targetName ?? labels.referralTarget(referral.target)) })}>{t("panel.referrals.decline")}</Button>}
                    {referral.abilities.close && <Button size="xs" variant="default" onClick={() => onStep(referral, "close")} aria-label={t("panel.rowAction", { action: t("panel.referrals.close"), row: isolate(referral.targetName ?? labels.referralTarget(referral.target)) })}>{t("panel.referrals.close")}</Button>}
                  </Group>
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
