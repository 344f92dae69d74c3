/** The client search form, by reference or by name and date of birth, validated with the API's query schema. */
import { Button, Group, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { clientSearchQuerySchema } from "../../../core/api/clients.js";
import { withFormatMessages } from "../forms/format-messages.js";
import { zodValidate } from "../forms/validation.js";
import type { ClientSearch } from "./clients-api.js";

export type SearchMode = "name" | "reference";

interface Values {
  reference: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
}

const given = (value: string): string | undefined => (value.trim() === "" ? undefined : value.trim());

function toQuery(values: Values, mode: SearchMode): ClientSearch {
  if (mode === "reference") return { reference: given(values.reference) };
  return { givenName: given(values.givenName), familyName: given(values.familyName), dateOfBirth: given(values.dateOfBirth) };
}

export function ClientSearchForm({ mode, onSearch }: { mode: SearchMode; onSearch: (query: ClientSearch) => Promise<void> }) {
  const { t } = useTranslation();
  const validateQuery = zodValidate(clientSearchQuerySchema, t, (values: Values) => toQuery(values, mode));
  const form = useForm<Values>({
    initialValues: { reference: "", givenName: "", familyName: "", dateOfBirth: "" },
    validate: (values) => {
      const errors = withFormatMessages(validateQuery(values), t);
      const query = toQuery(values, mode);
      if (mode === "reference" && !query.reference) errors.reference = t("validation.required");
      if (mode === "name" && !query.givenName && !query.familyName) errors.familyName = t("clients.search.nameNeeded");
      return errors;
    },
  });
  const submit = form.onSubmit(async (values) => onSearch(clientSearchQuerySchema.parse(toQuery(values, mode))));

  return (
    <form onSubmit={submit} noValidate role="search" aria-label={t("clients.searchTitle")}>
      <Stack gap="sm">
        {mode === "reference" ? (
          <TextInput
            label={t("clients.reference")}
            description={t("clients.search.referenceHint")}
            dir="ltr"
            maxLength={20}
            maw={320}
            {...form.getInputProps("reference")}
          />
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t("clients.search.spellingHint")}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t("clients.fields.givenName")} maxLength={100} {...form.getInputProps("givenName")} />
              <TextInput label={t("clients.fields.familyName")} maxLength={100} {...form.getInputProps("familyName")} />
              <TextInput label={t("clients.fields.dateOfBirth")} type="date" min="1900-01-01" {...form.getInputProps("dateOfBirth")} />
            </SimpleGrid>
          </>
        )}
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t("clients.search.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
