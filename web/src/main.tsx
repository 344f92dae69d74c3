/** Entry point: loads the catalogues, then renders the app. */
import "@mantine/core/styles.css";
import "./app/styles.css";
import "./assessments/assessments.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app.js";
import { initI18n } from "./i18n/i18n.js";
import { registerServiceWorker } from "./outreach/offline/register-service-worker.js";

const container = document.getElementById("root");
if (!container) throw new Error("The page has no #root element.");

registerServiceWorker();

initI18n().then(
  () =>
    createRoot(container).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  (error: unknown) => {
    console.error("The app could not start", error);
    container.textContent = "Pathways could not start. Please reload the page. / پاتھ ویز شروع نہیں ہو سکا۔ براہِ کرم صفحہ دوبارہ لوڈ کریں۔";
  },
);
