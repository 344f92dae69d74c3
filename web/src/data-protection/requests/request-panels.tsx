/**
 * Panels that other parts of data protection add to a request's page, by kind of request: the
 * erasure or restriction decision, for instance. Each receives the request and a way to show it as
 * it becomes after a change; the page renders the panels for the request's kind in this order.
 */
import type { ComponentType } from "react";
import type { DataRightsKind } from "../../../../core/api/data-rights.js";
import type { RequestDetail } from "../data-rights-api.js";
import { ErasurePanel } from "../erasure/erasure-panel.js";
import { RestrictionPanel } from "../erasure/restriction-panel.js";

export interface RequestPanelProps {
  request: RequestDetail;
  onChanged: (request: RequestDetail) => void;
}

export interface RequestPanel {
  key: string;
  kinds: readonly DataRightsKind[];
  Panel: ComponentType<RequestPanelProps>;
}

export const requestPanels: RequestPanel[] = [
  { key: "erasure", kinds: ["erasure"], Panel: ErasurePanel },
  { key: "restriction", kinds: ["restriction"], Panel: RestrictionPanel },
];
