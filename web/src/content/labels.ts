/** Words for the content vocabulary: statuses as badges, in the reader's language. */
import type { ContentStatus } from "../../../core/content/workflow.js";

export const statusColours: Record<ContentStatus, string> = { draft: "gray", in_review: "yellow", published: "green", archived: "dark" };
