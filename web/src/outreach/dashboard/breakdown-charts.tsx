/**
 * The dashboard's breakdowns as horizontal bars: referrals by partner (the ten with most, then the
 * rest together; each named partner linked to its page, and to its printed summary for those who
 * may print it), referrals by pathway (the source they came by, with how many came from outreach),
 * and resources handed out by item.
 */
import { Anchor, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { isolate, useFormat } from "../../i18n/format.js";
import { stockItemName } from "../outreach-labels.js";
import { outreachDashboardApi, type OutreachDashboard } from "./dashboard-api.js";
import { HorizontalBarChart, type BarRow } from "../../components/charts/horizontal-bar-chart.js";

const sum = (rows: readonly { value: number }[]) => rows.reduce((total, row) => total + row.value, 0);

export function PartnerChart({ board }: { board: OutreachDashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const period = { from: board.from, to: board.to };
  const rows: BarRow[] = board.referralsByPartner.top.map((partner) => ({
    key: partner.partnerId,
    label: partner.name,
    value: partner.count,
    extra: [
      <Anchor key="page" component={Link} to={`/outreach/partners/${partner.partnerId}`}>
        {t("outreachDashboard.partners.open")}{" "}
        <VisuallyHidden>{t("outreachDashboard.partners.openFor", { name: partner.name })}</VisuallyHidden>
      </Anchor>,
      ...(board.abilities.partnerSummary
        ? [
            <Anchor key="pdf" href={outreachDashboardApi.partnerSummaryUrl(partner.partnerId, period)} target="_blank" rel="noopener">
              {t("outreachDashboard.partners.pdf")}{" "}
              <VisuallyHidden>{t("outreachDashboard.partners.summaryFor", { name: partner.name })}</VisuallyHidden>
            </Anchor>,
          ]
        : []),
    ],
  }));
  const { others } = board.referralsByPartner;
  if (others.partners > 0) {
    rows.push({ key: "others", label: t("outreachDashboard.partners.others", { partners: format.number(others.partners) }), value: others.referrals, isMuted: true, extra: board.abilities.partnerSummary ? ["", ""] : [""] });
  }
  const total = sum(rows);
  const top = board.referralsByPartner.top[0];
  const partners = board.referralsByPartner.top.length + others.partners;
  return (
    <HorizontalBarChart
      title={t("outreachDashboard.partners.title")}
      summary={top ? t("outreachDashboard.partners.summary", { total: format.number(total), partners: format.number(partners), name: isolate(top.name), top: format.number(top.count) }) : t("outreachDashboard.partners.none")}
      nameLabel={t("outreachDashboard.partners.partner")}
      valueLabel={t("outreachDashboard.chart.referrals")}
      extraColumns={[t("outreachDashboard.partners.page"), ...(board.abilities.partnerSummary ? [t("outreachDashboard.partners.summaryColumn")] : [])]}
      rows={rows}
      testId="outreach-chart-partners"
    />
  );
}

export function PathwayChart({ board }: { board: OutreachDashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows: BarRow[] = board.referralsBySource.map((source) => ({
    key: source.code,
    label: t(`referrals.sources.${source.code}`, { defaultValue: source.label }),
    value: source.count,
    extra: [format.number(source.fromOutreach)],
  }));
  const total = sum(rows);
  const top = rows[0];
  return (
    <HorizontalBarChart
      title={t("outreachDashboard.pathways.title")}
      summary={top ? t("outreachDashboard.pathways.summary", { total: format.number(total), name: isolate(top.label), top: format.number(top.value) }) : t("outreachDashboard.pathways.none")}
      nameLabel={t("outreachDashboard.pathways.pathway")}
      valueLabel={t("outreachDashboard.chart.referrals")}
      extraColumns={[t("outreachDashboard.pathways.fromOutreach")]}
      rows={rows}
      testId="outreach-chart-pathways"
    />
  );
}

export function ResourceChart({ board }: { board: OutreachDashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows: BarRow[] = board.resourcesByItem.map((item) => ({ key: item.itemId, label: stockItemName(t, item), value: item.quantity }));
  const total = sum(rows);
  const top = rows[0];
  return (
    <HorizontalBarChart
      title={t("outreachDashboard.resources.title")}
      summary={top ? t("outreachDashboard.resources.summary", { total: format.number(total), name: isolate(top.label), top: format.number(top.value) }) : t("outreachDashboard.resources.none")}
      nameLabel={t("outreachDashboard.resources.item")}
      valueLabel={t("outreachDashboard.resources.quantity")}
      rows={rows}
      testId="outreach-chart-resources"
    />
  );
}
