/**
 * The parts every import of a JSON definition shares (an instrument, a programme): choosing a file
 * or pasting its text, and the refusal that lists each problem the server found, naming the part of
 * the definition that is wrong.
 */
import { Alert, Code, FileInput, List, Stack, Text, Textarea } from "@mantine/core";
import type { TFunction } from "i18next";
import { ApiError } from "../api/api-error.js";
import { errorMessage } from "../api/error-messages.js";
import { splitProblem } from "./import-document.js";

export interface ImportRefusal {
  message: string;
  problems: string[];
}

/** The server's own words for a refused definition (they name the part at fault); any other failure in plain words. */
export function refusalOf(error: unknown, t: TFunction): ImportRefusal {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return { message: error.message, problems: error.fields.map((field) => field.message) };
  return { message: errorMessage(error, t), problems: [] };
}

interface JsonSourceProps {
  fileLabel: string;
  filePlaceholder: string;
  pasteLabel: string;
  text: string;
  error: string | null;
  onText: (text: string) => void;
  /** A file was chosen: its text is passed on to `onText` as well. */
  onFile?: (text: string) => void;
}

/** A file chooser and a box to paste into; the text is shown left to right, in a monospaced face. */
export function JsonSource({ fileLabel, filePlaceholder, pasteLabel, text, error, onText, onFile }: JsonSourceProps) {
  return (
    <>
      <FileInput
        label={fileLabel}
        placeholder={filePlaceholder}
        accept="application/json,.json"
        onChange={(file) =>
          void file?.text().then((content) => {
            onText(content);
            onFile?.(content);
          })
        }
        clearable={false}
        maw={480}
      />
      <Textarea
        label={pasteLabel}
        value={text}
        onChange={(event) => onText(event.currentTarget.value)}
        error={error}
        autosize
        minRows={6}
        maxRows={16}
        dir="ltr"
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: "0.85rem" } }}
        spellCheck={false}
      />
    </>
  );
}

/** Why the server refused the definition, with each problem and the part it names. */
export function ImportRefused({ title, refusal }: { title: string; refusal: ImportRefusal }) {
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      <Stack gap="xs">
        <Text size="sm">
          <bdi>{refusal.message}</bdi>
        </Text>
        {refusal.problems.length > 0 && (
          <List size="sm" spacing={4}>
            {refusal.problems.map((problem) => {
              const { part, text } = splitProblem(problem);
              return (
                <List.Item key={problem}>
                  {part && (
                    <>
                      <Code dir="ltr">{part}</Code>{" "}
                    </>
                  )}
                  <bdi>{text}</bdi>
                </List.Item>
              );
            })}
          </List>
        )}
      </Stack>
    </Alert>
  );
}
