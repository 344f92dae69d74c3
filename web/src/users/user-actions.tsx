/**
 * The actions the server allows on this user (from `user.abilities`). Deactivating and resetting the
 * second factor ask first; a reissued invitation shows its new link once.
 */
import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../../../core/api/admin.js";
import { errorMessage } from "../api/error-messages.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { FormError } from "../components/form-error.js";
import { InvitationLinkPanel } from "./invitation-link-panel.js";
import { usersApi, type InvitationIssued } from "./users-api.js";

type Action = "deactivate" | "reactivate" | "resetSecondFactor" | "reissueInvitation";

export function UserActions({ user, onChanged }: { user: User; onChanged: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<"deactivate" | "resetSecondFactor" | null>(null);
  const [busy, setBusy] = useState<Action | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [issued, setIssued] = useState<InvitationIssued | null>(null);

  async function run(action: Action): Promise<void> {
    setBusy(action);
    setError(null);
    setDone(null);
    try {
      if (action === "reissueInvitation") setIssued(await usersApi.reissueInvitation(user.id));
      else await usersApi[action](user.id);
      setDone(t(`users.done.${action}`, { name: user.displayName }));
      setConfirming(null);
      onChanged();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(null);
    }
  }

  const { abilities } = user;
  const hasAny = abilities.deactivate || abilities.reactivate || abilities.resetSecondFactor || abilities.reissueInvitation;
  return (
    <Stack>
      {!hasAny && <Text c="dimmed">{t("users.noActions")}</Text>}
      <FormError message={error} />
      {done && (
        <Alert color="green" variant="light" role="status">
          {done}
        </Alert>
      )}
      {issued && <InvitationLinkPanel issued={issued} />}
      <Group>
        {abilities.reissueInvitation && (
          <Button variant="default" loading={busy === "reissueInvitation"} onClick={() => void run("reissueInvitation")}>
            {t("users.action.reissueInvitation")}
          </Button>
        )}
        {abilities.resetSecondFactor && (
          <Button variant="default" onClick={() => setConfirming("resetSecondFactor")}>
            {t("users.action.resetSecondFactor")}
          </Button>
        )}
        {abilities.reactivate && (
          <Button variant="default" loading={busy === "reactivate"} onClick={() => void run("reactivate")}>
            {t("users.action.reactivate")}
          </Button>
        )}
        {abilities.deactivate && (
          <Button color="red" variant="outline" onClick={() => setConfirming("deactivate")}>
            {t("users.action.deactivate")}
          </Button>
        )}
      </Group>
      <ConfirmDialog
        opened={confirming !== null}
        title={confirming ? t(`users.confirm.${confirming}.title`, { name: user.displayName }) : ""}
        message={confirming ? t(`users.confirm.${confirming}.body`, { name: user.displayName }) : ""}
        confirmLabel={confirming ? t(`users.action.${confirming}`) : ""}
        isBusy={busy !== null}
        onConfirm={() => confirming && void run(confirming)}
        onCancel={() => setConfirming(null)}
      />
    </Stack>
  );
}
