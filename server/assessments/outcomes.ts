/**
 * Distance travelled: every instrument given to a client more than once, as a series per score over
 * the cases the caller may see, with reliable-change marks against the first point where the
 * instrument defines them, and the cross-vulnerability profile first against latest. Only responses
 * that count are used (approved, or submitted where no approval is needed), and a corrected
 * response gives way to its correction. Built from stored scores: no answer is decrypted.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { clientOutcomesSchema, outcomeSeriesSchema } from "../../core/api/assessments.js";
import type { InstrumentDefinition } from "../../core/instruments/definition.js";
import { crossVulnerabilityKey } from "../../core/instruments/built-in/cross-vulnerability.js";
import { domainNeedsFromScores } from "../../core/instruments/suggest-tier.js";
import { vulnerabilityDomains } from "../../core/referrals/vocabulary.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { assessments, instrumentVersions } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { findClientFor, visibleCasesOf } from "../clients/queries.js";
import { definitionOf } from "../instruments/catalogue.js";
import { canRead } from "./policy.js";
import { resultOf } from "./presenter.js";
import { countsCondition, viewOfCase, type AssessmentRow } from "./queries.js";

type Series = z.infer<typeof outcomeSeriesSchema>;
interface Counted {
  assessment: AssessmentRow;
  definition: InstrumentDefinition;
}

const byDate = (a: Counted, b: Counted) =>
  a.assessment.assessedOn.localeCompare(b.assessment.assessedOn) || (a.assessment.submittedAt?.getTime() ?? 0) - (b.assessment.submittedAt?.getTime() ?? 0);

function seriesOf(responses: readonly Counted[]): Series {
  // The latest version's definition names the scores; older versions' scores join by id.
  const latest = responses.reduce((a, b) => (b.definition.version > a.definition.version ? b : a)).definition;
  const scores = latest.scores.map((score) => {
    const points = responses.flatMap(({ assessment }) => {
      const found = resultOf(assessment).scores.find((candidate) => candidate.id === score.id);
      return found && found.value !== null ? [{ assessmentId: assessment.id, assessedOn: assessment.assessedOn, value: found.value, band: found.band }] : [];
    });
    const range = resultOf(responses.at(-1)!.assessment).scores.find((candidate) => candidate.id === score.id)?.range ?? { min: 0, max: 0 };
    const first = points[0];
    const isHigherBetter = score.isHigherBetter ?? false;
    return {
      id: score.id,
      label: score.label,
      range,
      bands: score.bands,
      isHigherBetter,
      reliableChange: score.reliableChange ?? null,
      points: points.map((point, index) => {
        let change: "improved" | "worsened" | null = null;
        if (index > 0 && first && score.reliableChange !== undefined && Math.abs(point.value - first.value) >= score.reliableChange) {
          change = (point.value > first.value) === isHigherBetter ? "improved" : "worsened";
        }
        return { ...point, reliableChange: change };
      }),
    };
  });
  return { instrumentKey: latest.key, title: latest.title, kind: latest.kind, scores: scores.filter((score) => score.points.length > 0) };
}

/** Each domain's push, pull and protective ratings and need, from the stored scores. */
const needsOf = (assessment: AssessmentRow) => domainNeedsFromScores(resultOf(assessment).scores);

const domainLabels = (definition: InstrumentDefinition) => new Map(definition.sections.map((section) => [section.id, section.title]));

/**
 * The cross-vulnerability toolkit charted by domain: each domain's need (push + pull − protective,
 * −3 to 6; lower is better) over time, rather than thirty separate ratings.
 */
function needSeries(responses: readonly Counted[]): Series {
  const latest = responses.at(-1)!.definition;
  const labels = domainLabels(latest);
  const profiles = responses.map(({ assessment }) => ({ assessment, needs: needsOf(assessment) }));
  return {
    instrumentKey: latest.key,
    title: latest.title,
    kind: latest.kind,
    scores: vulnerabilityDomains.map((domain, index) => ({
      id: `${domain}_need`,
      label: labels.get(domain) ?? domain,
      range: { min: -3, max: 6 },
      bands: [],
      isHigherBetter: false,
      reliableChange: null,
      points: profiles.map(({ assessment, needs }) => ({
        assessmentId: assessment.id,
        assessedOn: assessment.assessedOn,
        value: needs[index]!.need,
        band: null,
        reliableChange: null,
      })),
    })),
  };
}

export async function clientOutcomes(tx: Db, actor: Actor, clientId: string, context: { now: Date; requestId: string }): Promise<z.infer<typeof clientOutcomesSchema>> {
  const { client } = await findClientFor(tx, actor, clientId, context.now);
  const cases = await visibleCasesOf(tx, actor, client.id, context.now);
  const views = new Map(await Promise.all(cases.map(async (kase) => [kase.id, await viewOfCase(tx, actor, kase.id, context.now)] as const)));
  const rows =
    cases.length === 0
      ? []
      : await tx
          .select({ assessment: assessments, instrument: instrumentVersions })
          .from(assessments)
          .innerJoin(instrumentVersions, eq(instrumentVersions.id, assessments.instrumentVersionId))
          .where(
            and(
              inArray(assessments.caseId, cases.map((kase) => kase.id)),
              countsCondition,
            ),
          )
          .orderBy(asc(assessments.assessedOn));
  const counted = rows
    .map((row) => ({ assessment: row.assessment, definition: definitionOf(row.instrument) }))
    .filter((row) => canRead(actor, views.get(row.assessment.caseId)!, row.definition.kind))
    .sort(byDate);
  const byKey = new Map<string, Counted[]>();
  for (const row of counted) byKey.set(row.definition.key, [...(byKey.get(row.definition.key) ?? []), row]);
  const profiles = byKey.get(crossVulnerabilityKey) ?? [];
  const series = [...byKey.values()].map((responses) => (responses === profiles ? needSeries(responses) : seriesOf(responses))).filter((one) => one.scores.length > 0);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "client.outcomes_read",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
    requestId: context.requestId,
  });
  const first = profiles[0];
  const latest = profiles.at(-1);
  return {
    clientReference: client.reference,
    series: series.sort((a, b) => a.title.localeCompare(b.title, "en")),
    profile:
      first && latest
        ? {
            first: { assessmentId: first.assessment.id, assessedOn: first.assessment.assessedOn, needs: needsOf(first.assessment) },
            latest: { assessmentId: latest.assessment.id, assessedOn: latest.assessment.assessedOn, needs: needsOf(latest.assessment) },
          }
        : null,
  };
}
