/**
 * Service accounts and their tokens (administrators): set up an integration with one role (at a
 * site where the role is a site's), make a token for it (its secret shown once), revoke one.
 * An integration cannot be an administrator; the server refuses it.
 */
import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { roleFacts, roles, type Role } from "../../../core/roles.js";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { sitesApi } from "../sites/sites-api.js";
import { integrationsApi } from "./integrations-api.js";
import { ShownOnce } from "./shown-once.js";
import { TokenForm } from "./token-form.js";
import { TokenTable } from "./token-table.js";
import { useRevoke } from "./use-revoke.js";

const serviceRoles = roles.filter((role) => role !== "administrator");

export function ServiceAccounts() {
  const { t } = useTranslation();
  const accounts = useLoad(integrationsApi.serviceAccounts, []);
  const tokens = useLoad(integrationsApi.serviceTokens, []);
  const sites = useLoad(sitesApi.list, []);
  const [secret, setSecret] = useState<string | null>(null);
  const [accountId, setAccountId] = useState<string | null>(null);
  const [accountError, setAccountError] = useState<string | null>(null);
  const revoke = useRevoke(integrationsApi.revokeServiceToken, tokens.reload);
  const siteName = (siteId: string | null) => (siteId && sites.state.status === "ready" ? (sites.state.data.find((site) => site.id === siteId)?.name ?? "") : "");

  return (
    <Stack gap="lg">
      <Text>{t("integrations.serviceIntro")}</Text>
      <Title order={3}>{t("integrations.newServiceAccount")}</Title>
      <NewServiceAccount sites={sites.state.status === "ready" ? sites.state.data : []} onCreated={accounts.reload} />
      {accounts.state.status === "loading" && <Loading />}
      {accounts.state.status === "failed" && <LoadFailed error={accounts.state.error} onRetry={accounts.reload} />}
      {accounts.state.status === "ready" && accounts.state.data.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Caption>{t("integrations.serviceAccountsCaption")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("integrations.serviceName")}</Table.Th>
                <Table.Th>{t("integrations.roles")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {accounts.state.data.map((account) => (
                <Table.Tr key={account.id}>
                  <Table.Td>
                    <Text fw={600}>{account.name}</Text>
                    {account.description && <Text size="sm">{account.description}</Text>}
                  </Table.Td>
                  <Table.Td>{account.grants.map((grant) => [t(`roles.${grant.role}.name`), siteName(grant.siteId)].filter(Boolean).join(", ")).join("; ")}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={3}>{t("integrations.newServiceToken")}</Title>
      {secret && <ShownOnce secret={secret} copyLabel={t("integrations.tokenCopyLabel")} />}
      <FormError message={accountError} />
      <TokenForm
        onSubmit={async (body) => {
          setAccountError(null);
          if (!accountId) {
            setAccountError(t("integrations.chooseServiceAccount"));
            return;
          }
          setSecret((await integrationsApi.createServiceToken({ ...body, serviceAccountId: accountId })).secret);
          tokens.reload();
        }}
      >
        <Select
          label={t("integrations.serviceAccount")}
          required
          data={accounts.state.status === "ready" ? accounts.state.data.filter((account) => account.isActive).map((account) => ({ value: account.id, label: account.name })) : []}
          value={accountId}
          onChange={setAccountId}
        />
      </TokenForm>
      {tokens.state.status === "ready" && <TokenTable tokens={tokens.state.data} caption={t("integrations.serviceTokensCaption")} onRevoke={revoke.ask} />}
      {tokens.state.status === "failed" && <LoadFailed error={tokens.state.error} onRetry={tokens.reload} />}
      {revoke.dialog}
    </Stack>
  );
}

function NewServiceAccount({ sites, onCreated }: { sites: { id: string; name: string }[]; onCreated: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("caseworker");
  const [siteId, setSiteId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const needsSite = roleFacts[role].isSiteScoped;
  async function create(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await integrationsApi.createServiceAccount({ name, description: "", grants: [{ role, siteId: needsSite ? siteId : null }] });
      setName("");
      onCreated();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Stack maw={480}>
      <FormError message={error} />
      <TextInput label={t("integrations.serviceName")} required maxLength={80} value={name} onChange={(event) => setName(event.currentTarget.value)} />
      <Select label={t("integrations.role")} required data={serviceRoles.map((value) => ({ value, label: t(`roles.${value}.name`) }))} value={role} onChange={(value) => value && setRole(value)} allowDeselect={false} />
      {needsSite && <Select label={t("integrations.site")} required data={sites.map((site) => ({ value: site.id, label: site.name }))} value={siteId} onChange={setSiteId} />}
      <Group>
        <Button onClick={() => void create()} loading={isBusy}>
          {t("integrations.addServiceAccount")}
        </Button>
      </Group>
    </Stack>
  );
}
