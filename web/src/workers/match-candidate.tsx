/**
 * One worker in a case's match list: their place, score and name, each reason with the points it
 * gave ("Speaks Urdu +30"), and the assignments they could take on the case.
 */
import { Badge, Button, Group, List, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AssignmentRole } from "../cases/cases-api.js";
import { useFormat } from "../i18n/format.js";
import { reasonLine, signedPoints } from "./match-reasons.js";
import { useNamers } from "./use-namers.js";
import type { WorkerMatches } from "./workers-api.js";
import "./workers.css";

type Candidate = WorkerMatches["ranked"][number];

/** The assignments offered from a match: a mentor is assigned as mentor; a caseworker as key worker. */
const offered: readonly AssignmentRole[] = ["mentor", "key_worker"];

/** A signed number keeps its sign before it in right-to-left text too ("+30", not "30+"). */
const leftToRight = (text: string): string => `\u2066${text}\u2069`;

interface MatchCandidateProps {
  candidate: Candidate;
  place: number;
  preferredGender: string;
  busy: string | null;
  onAssign: (candidate: Candidate, role: AssignmentRole) => void;
}

export function MatchCandidate({ candidate, place, preferredGender, busy, onAssign }: MatchCandidateProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useNamers();
  const roles = offered.filter((role) => candidate.assignableAs.includes(role));
  return (
    <Paper withBorder p="sm" component="li" aria-label={t("workers.matches.candidateLabel", { place, name: candidate.name })}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={700}>{t("workers.matches.placeName", { place: format.number(place), name: candidate.name })}</Text>
          <Badge variant="transparent" tt="none" radius="sm" className="match-score">
            {t("workers.matches.score", { score: leftToRight(signedPoints(candidate.score, format.number)) })}
          </Badge>
        </Group>
        <List spacing={2} size="sm" listStyleType="none" p={0}>
          {candidate.reasons.map((reason, index) => {
            const line = reasonLine(reason, names, preferredGender);
            return (
              <List.Item key={index}>
                <Text size="sm" c={line.points === 0 ? "dimmed" : undefined}>
                  {t(line.key, line.values)}
                  {line.points !== 0 && " "}
                  {line.points !== 0 && (
                    <bdi dir="ltr" className="match-points">
                      {signedPoints(line.points, format.number)}
                    </bdi>
                  )}
                </Text>
              </List.Item>
            );
          })}
        </List>
        {roles.length > 0 && (
          <Group gap="xs">
            {roles.map((role) => (
              <Button
                key={role}
                size="xs"
                variant="default"
                loading={busy === `${candidate.userId}:${role}`}
                disabled={busy !== null}
                onClick={() => onAssign(candidate, role)}
                aria-label={t(role === "mentor" ? "workers.matches.assignAsMentorNamed" : "workers.matches.assignAsKeyWorkerNamed", { name: candidate.name })}
              >
                {t(role === "mentor" ? "workers.matches.assignAsMentor" : "workers.matches.assignAsKeyWorker")}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
