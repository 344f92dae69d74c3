/** Renaming a site in a dialog. */
import { Modal } from "@mantine/core";
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
    <Modal
      opened={site !== null}
      onClose={onClose}
      title={site ? t("sites.renameNamed", { name: site.name }) : ""}
      closeButtonProps={{ "aria-label": t("common.close") }}
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
    </Modal>
  );
}
