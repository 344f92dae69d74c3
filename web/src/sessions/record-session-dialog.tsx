/** Recording a session on a case: planned (attendance later) or already held, with its notes. */
import { useTranslation } from "react-i18next";
import type { InterventionType } from "../../../core/api/support-vocabulary.js";
import { AppModal } from "../components/app-modal.js";
import { newDraft } from "./session-draft.js";
import { SessionForm } from "./session-form.js";
import { sessionsApi, type SessionWorker } from "./sessions-api.js";

interface RecordSessionDialogProps {
  caseId: string;
  opened: boolean;
  workerOptions: readonly SessionWorker[];
  interventionTypes: readonly InterventionType[];
  /** The signed-in worker, chosen first when they can be named. */
  userId: string;
  onClose: () => void;
  onRecorded: () => void;
}

export function RecordSessionDialog({ caseId, opened, workerOptions, interventionTypes, userId, onClose, onRecorded }: RecordSessionDialogProps) {
  const { t } = useTranslation();
  const me = workerOptions.some((worker) => worker.userId === userId) ? [userId] : [];
  return (
    <AppModal opened={opened} onClose={onClose} title={t("sessions.record.title")} size="lg">
      {opened && (
        <SessionForm
          initial={newDraft()}
          initialWorkerIds={me}
          workerOptions={workerOptions}
          interventionTypes={interventionTypes}
          submitLabel={t("sessions.record.submit")}
          onCancel={onClose}
          onSubmit={async (body) => {
            await sessionsApi.record(caseId, body);
            onRecorded();
          }}
        />
      )}
    </AppModal>
  );
}
