/**
 * The audit events with their filters. The filter lives in the address as ids, an action and days
 * (never a name), so a filtered view can be shared with a colleague who may review it too; a
 * client is found by reference or name through a search sent in a request body.
 */
import { Button, Group, Paper } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { useLoad } from "../components/use-load.js";
import { auditApi, type EventFilter } from "./audit-api.js";
import { AuditEventsTable } from "./audit-events-table.js";
import { AuditFilters } from "./audit-filters.js";

const filterKeys = ["actorUserId", "clientId", "siteId", "action", "from", "to"] as const;

export function filterFrom(params: URLSearchParams): EventFilter {
  const filter: EventFilter = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  if (params.get("breakGlassOnly") === "true") filter.breakGlassOnly = true;
  return filter;
}

export function AuditEventsView() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const options = useLoad(() => auditApi.options(), []);
  const apply = (next: EventFilter) => {
    const entries = Object.entries(next).filter(([, value]) => value !== undefined && value !== "" && value !== false);
    setParams(Object.fromEntries(entries.map(([key, value]) => [key, String(value)])));
  };
  return (
    <>
      <Paper withBorder p="md" component="section" aria-label={t("auditReview.filters.label")}>
        <AuditFilters filter={filter} options={options.state.status === "ready" ? options.state.data : null} onApply={apply} />
      </Paper>
      <Group justify="flex-end">
        <Button component="a" variant="light" href={auditApi.exportUrl(filter)} download>
          {t("auditReview.export")}
        </Button>
      </Group>
      <AuditEventsTable key={params.toString()} filter={filter} />
    </>
  );
}
