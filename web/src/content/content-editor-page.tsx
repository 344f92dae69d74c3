/**
 * The pages that hold the editor: an article (new, or one to change or review), a case study (one
 * to change or review), and a new case study started from its case.
 */
import { Anchor } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { useLoad } from "../components/use-load.js";
import { useSession } from "../session/session-context.js";
import { contentApi, type ContentItem, type ContentKindPath } from "./content-api.js";
import { ContentEditor } from "./content-editor.js";

function titleOf(item: ContentItem): string {
  return item.versions.find((version) => version.title.trim())?.title ?? item.slug;
}

export function ContentEditorPage({ kind }: { kind: ContentKindPath }) {
  const { t } = useTranslation();
  const id = useParams().id ?? "";
  const { session } = useSession();
  const navigate = useNavigate();
  const isNew = kind === "articles" && id === "new";
  const { state, reload, replace } = useLoad(() => (isNew ? Promise.resolve(null) : contentApi.get(kind, id)), [kind, id, isNew]);
  const title = state.status === "ready" && state.data ? titleOf(state.data) : t(isNew ? "content.newArticle" : "content.loading");
  const back = state.status === "ready" && state.data?.caseId ? (
    <Anchor component={Link} to={`/cases/${state.data.caseId}?tab=case-studies`}>{t("content.backToCase", { reference: state.data.caseReference })}</Anchor>
  ) : (
    <Anchor component={Link} to={`/content?tab=${kind}`}>{t("content.backToList")}</Anchor>
  );
  return (
    <Page title={title}>
      {back}
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && (
        <ContentEditor
          key={state.data?.id ?? "new"}
          kind={kind}
          item={state.data}
          userId={session?.user.id ?? ""}
          onSaved={(saved) => (state.data ? replace(saved) : navigate(`/content/${kind}/${saved.id}`, { replace: true }))}
        />
      )}
    </Page>
  );
}

export function NewCaseStudyPage() {
  const { t } = useTranslation();
  const caseId = useParams().caseId ?? "";
  const { session } = useSession();
  const navigate = useNavigate();
  return (
    <Page title={t("content.caseStudy.new")}>
      <Anchor component={Link} to={`/cases/${caseId}?tab=case-studies`}>{t("content.backToCaseShort")}</Anchor>
      <ContentEditor kind="case-studies" item={null} caseId={caseId} userId={session?.user.id ?? ""} onSaved={(saved) => navigate(`/content/case-studies/${saved.id}`, { replace: true })} />
    </Page>
  );
}
