/** Renaming a site in a dialog. */
import { AppModal } from "../components/app-modal.js";
import { useTranslation } from "react-i18next";
import type { Site } from "../../../core/api/admin.js";
import { SiteNameForm } from "./site-name-form.js";
import { sitesApi } from "./sites-api.js";

interface RenameSiteDialogProps {
  site: Site | null;
  onClose: () => void;
  onRenamed: () => Promise<void>;
}

export function RenameSiteDialog({ site, onClose, onRenamed }: RenameSiteDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={site !== null}
      onClose={onClose}
      title={site ? t("sites.renameNamed", { name: site.name }) : ""}
    >
      {site && (
        <SiteNameForm
          key={site.id}
          initialName={site.name}
          submitLabel={t("common.save")}
          onSubmit={async (name) => {
            await sitesApi.rename(site.id, { name });
            onClose();
            await onRenamed();
          }}
        />
      )}
    </AppModal>
  );
}
