/**
 * One training: when, for whom, by whom and where; its attendees (added one by one, corrected or
 * removed, each with their certificate to print); and how confident they said they were before and
 * after, statement by statement. Cards rather than a table, so it reads on a phone.
 */
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import type { AttendeeView, DeliveryDetail } from "../../../../core/api/outreach-training.js";
import { errorMessage } from "../../api/error-messages.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { FactList } from "../../components/fact-list.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { OutreachPage } from "../outreach-page.js";
import { AttendeeDialog } from "./attendee-dialog.js";
import { QuestionConfidence, useConfidenceText } from "./confidence.js";
import { DeliveryDialog } from "./delivery-dialog.js";
import { trainingApi } from "./training-api.js";

export function DeliveryPage() {
  const { t } = useTranslation();
  const { deliveryId = "" } = useParams();
  const { state, reload, replace } = useLoad(() => trainingApi.delivery(deliveryId), [deliveryId]);
  const title = state.status === "ready" ? state.data.course.title : t("training.delivery.title");
  return (
    <OutreachPage title={title}>
      {() => (
        <>
          {state.status === "loading" && <Loading />}
          {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
          {state.status === "ready" && <Delivery delivery={state.data} onChanged={replace} />}
        </>
      )}
    </OutreachPage>
  );
}

function Delivery({ delivery, onChanged }: { delivery: DeliveryDetail; onChanged: (delivery: DeliveryDetail) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [isEditing, setEditing] = useState(false);
  const [attendee, setAttendee] = useState<AttendeeView | "new" | null>(null);
  const [removing, setRemoving] = useState<AttendeeView | null>(null);
  const [removal, setRemoval] = useState<{ isBusy: boolean; error: string | null }>({ isBusy: false, error: null });
  const canEdit = delivery.abilities.edit;

  async function remove(target: AttendeeView): Promise<void> {
    setRemoval({ isBusy: true, error: null });
    try {
      await trainingApi.removeAttendee(target.id);
      onChanged(await trainingApi.delivery(delivery.id));
      setRemoving(null);
      setRemoval({ isBusy: false, error: null });
    } catch (error) {
      setRemoval({ isBusy: false, error: errorMessage(error, t) });
    }
  }

  return (
    <>
      <Section title={t("training.delivery.details")} actions={canEdit && <Button variant="default" onClick={() => setEditing(true)}>{t("training.delivery.edit")}</Button>}>
        <FactList
          columns={3}
          facts={[
            { label: t("training.delivery.deliveredOn"), value: format.day(delivery.deliveredOn) },
            { label: t("training.delivery.partner"), value: delivery.partner ? <bdi>{delivery.partner.name}</bdi> : t("training.delivery.noPartner") },
            { label: t("training.delivery.trainer"), value: <bdi>{delivery.trainer.name}</bdi> },
            { label: t("training.delivery.location"), value: delivery.location ? <bdi>{delivery.location}</bdi> : t("training.delivery.noLocation") },
            { label: t("training.delivery.refresher"), value: delivery.refresherMonths === null ? t("training.courses.noRefresher") : t("training.courses.refresherEvery", { count: delivery.refresherMonths }) },
          ]}
        />
        {delivery.notes && (
          <Text size="sm" dir="auto" style={{ whiteSpace: "pre-wrap" }}>
            {delivery.notes}
          </Text>
        )}
      </Section>

      <Section
        title={t("training.attendees.title", { count: delivery.attendees.length })}
        actions={
          <Group gap="xs">
            {canEdit && delivery.attendees.length > 0 && (
              <Button component="a" href={trainingApi.certificatesUrl(delivery.id)} target="_blank" rel="noopener" variant="default">
                {t("training.attendees.allCertificates")}
              </Button>
            )}
            {canEdit && <Button onClick={() => setAttendee("new")}>{t("training.attendees.add")}</Button>}
          </Group>
        }
      >
        {delivery.attendees.length === 0 ? (
          <Text>{t(canEdit ? "training.attendees.noneYet" : "training.attendees.none")}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {delivery.attendees.map((person) => (
              <AttendeeCard key={person.id} attendee={person} canEdit={canEdit} onEdit={() => setAttendee(person)} onRemove={() => setRemoving(person)} />
            ))}
          </SimpleGrid>
        )}
      </Section>

      <Section title={t("training.confidence.title")}>
        <Text size="sm" c="dimmed">
          {t("training.confidence.intro")}
        </Text>
        <Stack gap="md" component="ol" p={0} m={0} style={{ listStyle: "none" }}>
          {delivery.confidence.map((summary, index) => (
            <QuestionConfidence key={index} index={index} summary={summary} />
          ))}
        </Stack>
      </Section>

      <DeliveryDialog siteId={delivery.siteId} delivery={isEditing ? delivery : null} onClose={() => setEditing(false)} onSaved={(saved) => { setEditing(false); onChanged(saved); }} />
      <AttendeeDialog delivery={delivery} attendee={attendee} onClose={() => setAttendee(null)} onSaved={(saved) => { setAttendee(null); onChanged(saved); }} />
      <ConfirmDialog
        opened={removing !== null}
        title={t("training.attendees.removeTitle")}
        message={t("training.attendees.removeMessage", { name: isolate(removing?.name ?? "") })}
        confirmLabel={t("training.attendees.remove")}
        isBusy={removal.isBusy}
        error={removal.error}
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => { setRemoving(null); setRemoval({ isBusy: false, error: null }); }}
      />
    </>
  );
}

function AttendeeCard({ attendee, canEdit, onEdit, onRemove }: { attendee: AttendeeView; canEdit: boolean; onEdit: () => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const confidence = useConfidenceText();
  const meanOf = (ratings: readonly (number | null)[], others: readonly (number | null)[]) => {
    const pairs = ratings.flatMap((value, index) => (value !== null && others[index] !== null && others[index] !== undefined ? [value] : []));
    return pairs.length === 0 ? null : pairs.reduce((sum, value) => sum + value, 0) / pairs.length;
  };
  const name = isolate(attendee.name);
  return (
    <Paper withBorder p="sm" radius="md" component="li" data-testid="attendee-card">
      <Stack gap={4}>
        <Text fw={700}>
          <bdi>{attendee.name}</bdi>
        </Text>
        {(attendee.role || attendee.organisation) && (
          <Text size="sm" dir="auto">
            {[attendee.role, attendee.organisation].filter(Boolean).join(t("outreach.listSeparator"))}
          </Text>
        )}
        {attendee.email && (
          <Text size="sm" c="dimmed" dir="ltr" ta="start">
            {attendee.email}
          </Text>
        )}
        <Text size="sm">{t("training.confidence.label", { change: confidence(meanOf(attendee.before, attendee.after), meanOf(attendee.after, attendee.before)) })}</Text>
        <Text size="sm" c="dimmed">
          {t("training.attendees.certificate", { number: isolate(attendee.certificateNumber) })}
        </Text>
        <Text size="sm" c="dimmed">
          {attendee.refresherDueOn ? t("training.attendees.refresherDue", { date: format.day(attendee.refresherDueOn) }) : t("training.attendees.noRefresher")}
        </Text>
        {canEdit && (
          <Group gap="xs" mt={4}>
            <Anchor href={trainingApi.certificateUrl(attendee.id)} target="_blank" rel="noopener" size="sm" aria-label={t("training.attendees.certificateFor", { name })}>
              {t("training.attendees.certificateLink")}
            </Anchor>
            <Button size="compact-sm" variant="default" onClick={onEdit} aria-label={t("training.attendees.editFor", { name })}>
              {t("training.attendees.edit")}
            </Button>
            <Button size="compact-sm" variant="subtle" color="red" onClick={onRemove} aria-label={t("training.attendees.removeFor", { name })}>
              {t("training.attendees.remove")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
