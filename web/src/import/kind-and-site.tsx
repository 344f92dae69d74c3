/**
 * What the file holds (clients, referrals, cases or sessions) and, for all but clients, the site
 * its records belong to: the first choices of the mapping, since the fields depend on them.
 */
import { Group, NativeSelect, Radio } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Site } from "../../../core/api/admin.js";
import { importKinds, type ImportKind } from "../../../core/import/cells.js";
import { isSiteKind } from "../../../core/import/kinds.js";
import { sitesApi } from "../sites/sites-api.js";

export function KindAndSite(props: { kind: ImportKind; siteId: string; siteError?: string | undefined; onKind: (kind: ImportKind) => void; onSite: (siteId: string) => void }) {
  const { t } = useTranslation();
  const [sites, setSites] = useState<Site[]>([]);
  useEffect(() => {
    sitesApi.list().then(setSites, () => setSites([]));
  }, []);
  return (
    <Group align="flex-start" gap="xl">
      <Radio.Group label={t("imports.kind.label")} description={t("imports.kind.hint")} value={props.kind} onChange={(value) => props.onKind(value)}>
        <Group mt="xs">
          {importKinds.map((kind) => (
            <Radio key={kind} value={kind} label={t(`imports.kinds.${kind}`)} />
          ))}
        </Group>
      </Radio.Group>
      {isSiteKind(props.kind) && (
        <NativeSelect
          label={t("imports.kind.site")}
          description={t(`imports.kind.siteHint`)}
          withAsterisk
          data={[{ value: "", label: t("imports.kind.chooseSite") }, ...sites.map((site) => ({ value: site.id, label: site.name }))]}
          value={props.siteId}
          onChange={(event) => props.onSite(event.currentTarget.value)}
          error={props.siteError}
          miw={260}
        />
      )}
    </Group>
  );
}
