/**
 * Preparing the device for outreach with no signal, while signed in: the worker chooses the site
 * (when they log outreach at more than one) and a PIN; the form's choices for that site are
 * fetched and sealed with it.
 */
import { Alert, NativeSelect, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Session } from "../../../../core/api/auth.js";
import { fetchPack } from "./offline-pack.js";
import { prepareDevice } from "./offline-store.js";
import { ChoosePinForm } from "./pin-forms.js";

export function PrepareDevice({ session, onReady }: { session: Session; onReady: () => void }) {
  const { t } = useTranslation();
  const sites = session.sites.filter((site) => session.siteAbilities[site.id]?.outreach === "works");
  const [siteId, setSiteId] = useState(sites[0]?.id ?? "");
  if (sites.length === 0) return <Alert color="gray">{t("outreachOffline.prepare.noOutreach")}</Alert>;
  return (
    <Stack gap="md">
      {sites.length > 1 && <NativeSelect size="md" label={t("outreachOffline.prepare.site")} value={siteId} onChange={(event) => setSiteId(event.currentTarget.value)} data={sites.map((site) => ({ value: site.id, label: site.name }))} />}
      <ChoosePinForm
        intro={t("outreachOffline.prepare.intro")}
        onChosen={async (pin) => {
          await prepareDevice(pin, session.user.id, await fetchPack(siteId, new Date()));
          onReady();
        }}
      />
    </Stack>
  );
}
