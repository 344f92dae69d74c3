/** The viewer's filters: person, client (found by reference or name), site, action, days and emergency access only. */
import { Button, Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { describedActions } from "../../../core/audit/describe-event.js";
import type { z } from "zod";
import type { auditPeopleSchema } from "../../../core/api/audit.js";
import type { EventFilter } from "./audit-api.js";
import { ClientPicker } from "./client-picker.js";
import { actionKey } from "./event-words.js";

interface AuditFiltersProps {
  filter: EventFilter;
  options: z.infer<typeof auditPeopleSchema> | null;
  onApply: (filter: EventFilter) => void;
}

export function AuditFilters({ filter, options, onApply }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<EventFilter>(filter);
  const set = (changes: Partial<EventFilter>) => setDraft((current) => ({ ...current, ...changes }));
  const people = (options?.items ?? []).map((person) => ({ value: person.id, label: person.isActive ? person.name : t("auditReview.filters.formerStaff", { name: person.name }) }));
  const sites = (options?.sites ?? []).map((site) => ({ value: site.id, label: site.name }));
  const actions = Object.keys(describedActions).map((action) => ({ value: action, label: t(`${actionKey(action)}_label`) }));
  const isBackwards = Boolean(draft.from && draft.to && draft.from > draft.to);

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (!isBackwards) onApply(draft);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <Select label={t("auditReview.filters.person")} placeholder={t("auditReview.filters.anyone")} data={people} value={draft.actorUserId ?? null} onChange={(value) => set({ actorUserId: value ?? undefined })} searchable clearable />
          <ClientPicker clientId={draft.clientId} onChange={(clientId) => set({ clientId })} />
          <Select label={t("auditReview.filters.site")} placeholder={t("auditReview.filters.anySite")} data={sites} value={draft.siteId ?? null} onChange={(value) => set({ siteId: value ?? undefined })} clearable />
          <Select label={t("auditReview.filters.action")} placeholder={t("auditReview.filters.anyAction")} data={actions} value={draft.action ?? null} onChange={(value) => set({ action: value ?? undefined })} searchable clearable />
          <TextInput type="date" dir="ltr" label={t("auditReview.filters.from")} value={draft.from ?? ""} onChange={(event) => set({ from: event.currentTarget.value || undefined })} />
          <TextInput type="date" dir="ltr" label={t("auditReview.filters.to")} value={draft.to ?? ""} onChange={(event) => set({ to: event.currentTarget.value || undefined })} error={isBackwards ? t("auditReview.filters.backwards") : undefined} />
        </SimpleGrid>
        <Checkbox label={t("auditReview.filters.breakGlassOnly")} checked={draft.breakGlassOnly ?? false} onChange={(event) => set({ breakGlassOnly: event.currentTarget.checked })} />
        <Text size="sm" c="dimmed">
          {t("auditReview.filters.daysHint")}
        </Text>
        <Group>
          <Button type="submit">{t("auditReview.filters.apply")}</Button>
          <Button
            variant="subtle"
            onClick={() => {
              setDraft({});
              onApply({});
            }}
          >
            {t("auditReview.filters.clear")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
