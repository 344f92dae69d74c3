/**
 * Installs the service worker that keeps the app shell for use with no signal (web/service-worker.js),
 * in built apps only: the development server rebuilds on every change.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch((error: unknown) => {
    // The app works online without it; only the offline shell is missing.
    console.warn("The offline shell could not be installed", error);
  });
}
