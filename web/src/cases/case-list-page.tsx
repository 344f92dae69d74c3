/**
 * The cases at the site the user is working at: all open ones, or only the user's own, filtered by
 * state. Filters and page are in the address so "back" from a case returns to the same list.
 */
import { Alert, Group, NativeSelect, Pagination, SegmentedControl, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLocation, useSearchParams } from "react-router-dom";
import { caseStates, type CaseState } from "../../../core/cases/case-state-machine.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { usePaginationLabels } from "../components/pagination-labels.js";
import { useLoad } from "../components/use-load.js";
import { isolate } from "../i18n/format.js";
import { useCurrentSite } from "../session/current-site.js";
import { CaseTable } from "./case-table.js";
import { casesApi } from "./cases-api.js";

const pageSize = 25;
const stateFilters = ["open", ...caseStates] as const;
type StateFilter = CaseState | "open";

export function CaseListPage() {
  const { t } = useTranslation();
  const { site } = useCurrentSite();
  const [params, setParams] = useSearchParams();
  // After a transfer the case page sends the user here with what happened.
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const isMine = params.get("mine") === "1";
  const state: StateFilter = stateFilters.find((value) => value === params.get("state")) ?? "open";
  const page = Math.max(1, Number(params.get("page")) || 1);

  function show(next: { isMine?: boolean; state?: StateFilter; page?: number }): void {
    const mine = next.isMine ?? isMine;
    const nextState = next.state ?? state;
    const nextPage = next.page ?? 1;
    setParams({ ...(mine ? { mine: "1" } : {}), ...(nextState !== "open" ? { state: nextState } : {}), ...(nextPage > 1 ? { page: String(nextPage) } : {}) }, { replace: true });
  }

  return (
    <Page title={t("cases.listTitle")}>
      {notice && (
        <Alert color="green" variant="light" role="status">
          {notice}
        </Alert>
      )}
      {!site ? (
        <Text>{t("cases.noSite")}</Text>
      ) : (
        <>
          <Group align="flex-end" gap="md" wrap="wrap">
            <SegmentedControl
              aria-label={t("cases.whose")}
              value={isMine ? "mine" : "all"}
              onChange={(value) => show({ isMine: value === "mine" })}
              data={[
                { value: "all", label: t("cases.allAtSite", { site: isolate(site.name) }) },
                { value: "mine", label: t("cases.mine") },
              ]}
            />
            <NativeSelect
              label={t("cases.stateFilter")}
              data={stateFilters.map((value) => ({ value, label: t(`cases.stateFilters.${value}`) }))}
              value={state}
              onChange={(event) => show({ state: stateFilters.find((candidate) => candidate === event.currentTarget.value) ?? "open" })}
              w={220}
            />
          </Group>
          <CaseResults siteId={site.id} siteName={site.name} isMine={isMine} state={state} page={page} onPage={(next) => show({ page: next })} />
        </>
      )}
    </Page>
  );
}

interface CaseResultsProps {
  siteId: string;
  siteName: string;
  isMine: boolean;
  state: StateFilter;
  page: number;
  onPage: (page: number) => void;
}

function CaseResults({ siteId, siteName, isMine, state, page, onPage }: CaseResultsProps) {
  const { t } = useTranslation();
  const paginationLabels = usePaginationLabels();
  const { state: load, reload } = useLoad(() => casesApi.list({ siteId, state, isMine, page, pageSize }), [siteId, state, isMine, page]);
  if (load.status === "loading") return <Loading />;
  if (load.status === "failed") return <LoadFailed error={load.error} onRetry={reload} />;
  const { items, total } = load.data;
  if (items.length === 0) return <Text>{t(isMine ? "cases.noneMine" : "cases.none", { site: isolate(siteName) })}</Text>;
  return (
    <Stack>
      <CaseTable cases={items} caption={t(isMine ? "cases.captionMine" : "cases.caption", { count: total, site: isolate(siteName) })} />
      {total > pageSize && <Pagination total={Math.ceil(total / pageSize)} value={page} onChange={onPage} {...paginationLabels} />}
    </Stack>
  );
}
