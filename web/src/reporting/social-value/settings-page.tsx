/**
 * Social-value settings (`/reports/social-value/settings`): the Green Book discount rates (money,
 * and health and wellbeing), the optimism-bias reduction for each confidence grade, the price year
 * figures are brought to, and the GDP-deflator table they are uprated with. Calculations already
 * made keep the settings they used. The two forms share one version, so each reloads after a save.
 */
import { Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { useLoad } from "../../components/use-load.js";
import { DeflatorForm } from "./deflator-form.js";
import { DiscountingForm } from "./discounting-form.js";
import { socialValueApi } from "./social-value-api.js";
import { SocialValuePage } from "./social-value-page.js";

export function SettingsPage() {
  const { t } = useTranslation();
  const [justSaved, setJustSaved] = useState<"settings" | "deflators" | null>(null);
  const saved = (which: "settings" | "deflators") => () => {
    setJustSaved(which);
    loaded.reload();
  };
  const loaded = useLoad(async () => {
    const [settings, deflators] = await Promise.all([socialValueApi.settings(), socialValueApi.deflators()]);
    return { settings, deflators };
  }, []);
  return (
    <SocialValuePage title={t("socialValue.settings.title")}>
      <Text maw="75ch">{t("socialValue.settings.intro")}</Text>
      {loaded.state.status === "loading" && <Loading />}
      {loaded.state.status === "failed" && <LoadFailed error={loaded.state.error} onRetry={loaded.reload} />}
      {loaded.state.status === "ready" && (
        <>
          <DiscountingForm key={`settings-${loaded.state.data.settings.version}`} settings={loaded.state.data.settings} isJustSaved={justSaved === "settings"} onSaved={saved("settings")} />
          <DeflatorForm key={`deflators-${loaded.state.data.deflators.version}`} deflators={loaded.state.data.deflators} isJustSaved={justSaved === "deflators"} onSaved={saved("deflators")} />
        </>
      )}
    </SocialValuePage>
  );
}
