/** The people who use Pathways: search, page through, open one, or invite someone new. */
import { Anchor, Button, Group, Pagination, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { useLoad } from "../components/use-load.js";
import { usePaginationLabels } from "../components/pagination-labels.js";
import { GrantList } from "./grant-list.js";
import { UserBadges } from "./user-badges.js";
import { usersApi } from "./users-api.js";

const pageSize = 25;

export function UsersPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const paginationLabels = usePaginationLabels();
  const { state, reload } = useLoad(
    () => usersApi.list({ search: debouncedSearch || undefined, page, pageSize }),
    [debouncedSearch, page],
  );

  return (
    <Page
      title={t("users.title")}
      actions={
        <Group gap="sm">
          <Button component={Link} to="/sign-in-settings" variant="default">
            {t("sso.settings.link")}
          </Button>
          <Button component={Link} to="/users/new">
            {t("users.invite")}
          </Button>
        </Group>
      }
    >
      <TextInput
        label={t("users.search")}
        description={t("users.searchHint")}
        type="search"
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(1);
        }}
        maw={420}
      />
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && state.data.items.length === 0 && (
        <Text>{debouncedSearch ? t("users.noMatches") : t("users.none")}</Text>
      )}
      {state.status === "ready" && state.data.items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover verticalSpacing="sm">
              <Table.Caption>{t("users.caption", { count: state.data.total })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("users.name")}</Table.Th>
                  <Table.Th>{t("users.email")}</Table.Th>
                  <Table.Th>{t("users.roles")}</Table.Th>
                  <Table.Th>{t("users.state")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {state.data.items.map((user) => (
                  <Table.Tr key={user.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/users/${user.id}`} fw={600}>
                        {user.displayName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <bdi dir="ltr">{user.email}</bdi>
                    </Table.Td>
                    <Table.Td>
                      <GrantList grants={user.grants} />
                    </Table.Td>
                    <Table.Td>
                      <UserBadges user={user} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {state.data.total > pageSize && (
            <Pagination
              total={Math.ceil(state.data.total / pageSize)}
              value={page}
              onChange={setPage}
              {...paginationLabels}
            />
          )}
        </>
      )}
    </Page>
  );
}
