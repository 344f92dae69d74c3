/** Names for outreach's stored codes in the user's language. */
import type { TFunction } from "i18next";
import type { StockOption } from "../../../core/api/outreach.js";

/** A stock item's name: the site's own for items it added, else "Drug awareness kits" or "Leaflets in Urdu". */
export function stockItemName(t: TFunction, item: Pick<StockOption, "kind" | "language" | "label" | "code">): string {
  if (item.label) return item.label;
  if (item.kind === "drug_awareness_kit") return t("outreach.stockItem.drug_awareness_kit");
  if (item.kind === "leaflet" && item.language) return t("outreach.stockItem.leaflet", { language: t(`public.supportLanguages.${item.language}`, { defaultValue: item.language }) });
  return t(`outreach.resourceKinds.${item.kind}`);
}
