/**
 * On a referral's page: where it came from in the community (the partner, and the outreach
 * session's day, kind and host), and for those who triage it a way to set or change that later.
 */
import { Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/api-error.js";
import { AppModal } from "../../components/app-modal.js";
import { FactList } from "../../components/fact-list.js";
import { FormError } from "../../components/form-error.js";
import { Section } from "../../components/section.js";
import { formPathOf } from "../../forms/validation.js";
import { errorMessage } from "../../api/error-messages.js";
import type { ReferralDetail } from "../../referrals/referrals-api.js";
import { londonDayTime } from "../sessions/london-days.js";
import { attributionApi, type ReferralAttribution } from "./attribution-api.js";
import type { AttributionErrors } from "./attribution-errors.js";
import { AttributionPickers, type AttributionChoice } from "./attribution-pickers.js";
import { sessionWhere } from "./session-words.js";

interface ReferralAttributionSectionProps {
  referral: ReferralDetail;
  onChanged: (attribution: ReferralAttribution | null) => void;
}

export function ReferralAttributionSection({ referral, onChanged }: ReferralAttributionSectionProps) {
  const { t } = useTranslation();
  const [isEditing, setEditing] = useState(false);
  const attribution = referral.attribution ?? null;
  const session = attribution?.outreachSession ?? null;
  const canChange = referral.abilities.attribute === true;
  if (!attribution && !canChange) return null;
  return (
    <Section
      title={t("attribution.title")}
      actions={
        canChange && (
          <Button variant="default" size="xs" onClick={() => setEditing(true)}>
            {t(attribution ? "attribution.change" : "attribution.add")}
          </Button>
        )
      }
    >
      <div data-testid="referral-attribution">
        {attribution ? (
          <FactList
            columns={2}
            facts={[
              { label: t("attribution.partner"), value: <bdi>{attribution.partner?.name ?? t("attribution.noPartnerShown")}</bdi> },
              {
                label: t("attribution.session"),
                value: session ? (
                  <Stack gap={0}>
                    <Text>{londonDayTime(session.startsAt)}</Text>
                    <Text size="sm" c="dimmed">
                      {t(`outreach.sessionTypes.${session.sessionType}`)} · <bdi>{sessionWhere(session)}</bdi>
                    </Text>
                  </Stack>
                ) : (
                  t("attribution.noSessionShown")
                ),
              },
            ]}
          />
        ) : (
          <Text c="dimmed">{t("attribution.none")}</Text>
        )}
      </div>
      {isEditing && (
        <AttributionDialog
          referral={referral}
          onClose={() => setEditing(false)}
          onSaved={(next) => {
            setEditing(false);
            onChanged(next);
          }}
        />
      )}
    </Section>
  );
}

function AttributionDialog({ referral, onClose, onSaved }: { referral: ReferralDetail; onClose: () => void; onSaved: (attribution: ReferralAttribution | null) => void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<AttributionChoice>({ partnerId: referral.attribution?.partner?.id ?? "", outreachSessionId: referral.attribution?.outreachSession?.id ?? "" });
  const [errors, setErrors] = useState<AttributionErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  async function save(next: AttributionChoice): Promise<void> {
    setSaving(true);
    setFailure(null);
    setErrors({});
    try {
      const { attribution } = await attributionApi.set(referral.id, { partnerId: next.partnerId || null, outreachSessionId: next.outreachSessionId || null });
      onSaved(attribution);
    } catch (error) {
      const fields: AttributionErrors = error instanceof ApiError ? Object.fromEntries(error.fields.map((field) => [formPathOf(field.path), field.message])) : {};
      setErrors(fields);
      setFailure(fields.partnerId || fields.outreachSessionId ? t("errors.checkFields") : errorMessage(error, t));
    } finally {
      setSaving(false);
    }
  }

  return (
    <AppModal opened onClose={onClose} title={t("attribution.dialogTitle")} size="lg">
      <Stack gap="md">
        <Text size="sm">{t("attribution.hint")}</Text>
        <FormError message={failure} />
        <AttributionPickers siteId={referral.siteId} value={choice} onChange={setChoice} errors={errors} />
        <Group justify="space-between" wrap="wrap">
          {referral.attribution ? (
            <Button variant="subtle" color="red" onClick={() => void save({ partnerId: "", outreachSessionId: "" })} disabled={isSaving}>
              {t("attribution.remove")}
            </Button>
          ) : (
            <span />
          )}
          <Group>
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button onClick={() => void save(choice)} loading={isSaving} disabled={choice.partnerId === "" && choice.outreachSessionId === ""}>
              {t("common.save")}
            </Button>
          </Group>
        </Group>
      </Stack>
    </AppModal>
  );
}
