/**
 * Import from spreadsheets (/imports): what a file may hold, the upload, and the organisation's
 * recent imports. Uploading leads to the import's own page, where columns are mapped and checked.
 */
import { Alert, Anchor, Badge, Button, FileInput, List, Stack, Table, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { importLimits } from "../../../core/import/limits.js";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { Section } from "../components/section.js";
import { useFormat } from "../i18n/format.js";
import { importsApi } from "./imports-api.js";

export function ImportsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t("imports.title")}>
      <Stack gap="lg">
        <UploadForm />
        <RecentImports />
      </Stack>
    </Page>
  );
}

function UploadForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function upload(): Promise<void> {
    if (!file) {
      setFailure(t("imports.upload.chooseFile"));
      return;
    }
    setFailure(null);
    setIsBusy(true);
    try {
      const created = await importsApi.upload(file);
      await navigate(`/imports/${created.id}`);
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <Section title={t("imports.upload.title")}>
      <Text>{t("imports.upload.intro")}</Text>
      <List spacing={4}>
        <List.Item>{t("imports.upload.limits", { megabytes: importLimits.maxFileBytes / 1024 / 1024, rows: importLimits.maxRows })}</List.Item>
        <List.Item>{t("imports.upload.header")}</List.Item>
        <List.Item>{t("imports.upload.kept", { hours: importLimits.keepHours })}</List.Item>
      </List>
      <FormError message={failure} />
      <FileInput label={t("imports.upload.file")} description={t("imports.upload.fileHint")} accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" value={file} onChange={setFile} clearable maw={420} />
      <Button onClick={() => void upload()} loading={isBusy} w="fit-content">
        {t("imports.upload.submit")}
      </Button>
    </Section>
  );
}

function RecentImports() {
  const { t } = useTranslation();
  const format = useFormat();
  const [items, setItems] = useState<Awaited<ReturnType<typeof importsApi.list>>["items"] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    importsApi.list().then((list) => setItems(list.items), setError);
  }, []);
  if (error) return <LoadFailed error={error} />;
  if (!items) return <Loading />;
  return (
    <Section title={t("imports.recent.title")}>
      {items.length === 0 ? (
        <Alert color="gray" variant="light">
          {t("imports.recent.none")}
        </Alert>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("imports.recent.uploaded")}</Table.Th>
                <Table.Th>{t("imports.recent.rows")}</Table.Th>
                <Table.Th>{t("imports.recent.status")}</Table.Th>
                <Table.Th>{t("imports.recent.imported")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/imports/${item.id}`}>
                      {format.dateTime(item.createdAt)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{format.number(item.rowCount)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`imports.status.${item.status}`)}</Badge>
                  </Table.Td>
                  <Table.Td>{format.number(item.rowsImported)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}
