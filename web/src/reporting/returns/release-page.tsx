/**
 * One release, read by its funder's commissioner (`/commissioning/releases/:releaseId`) or by the
 * organisation's administrators (`/reports/returns/:releaseId`). The server audits every read
 * and refuses a release of another funder as if it did not exist.
 */
import { Anchor } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Page } from "../../components/page.js";
import { useLoad } from "../../components/use-load.js";
import { isolate } from "../../i18n/format.js";
import { ReportsPage } from "../reports-page.js";
import { ReleaseView } from "./release-view.js";
import { returnsApi } from "./returns-api.js";

export function ReleasePage({ backTo }: { backTo: "/commissioning" | "/reports/returns" }) {
  const { t } = useTranslation();
  const { releaseId = "" } = useParams();
  const release = useLoad(() => returnsApi.release(releaseId), [releaseId]);
  const title =
    release.state.status !== "ready"
      ? t("reporting.release.loadingTitle")
      : release.state.data.kind === "quarterly_return"
        ? t("reporting.release.returnTitle", { contract: isolate(release.state.data.contractName ?? "") })
        : t("reporting.release.trendsTitle");
  // Staff read a release within the reports area, with its tabs; a commissioner has no such area.
  const Frame = backTo === "/reports/returns" ? ReportsPage : Page;
  return (
    <Frame
      title={title}
      actions={
        <Anchor component={Link} to={backTo}>
          {backTo === "/commissioning" ? t("commissioning.backToContracts") : t("reporting.returns.backToReturns")}
        </Anchor>
      }
    >
      {release.state.status === "loading" && <Loading />}
      {release.state.status === "failed" && <LoadFailed error={release.state.error} onRetry={release.reload} />}
      {release.state.status === "ready" && <ReleaseView release={release.state.data} />}
    </Frame>
  );
}
