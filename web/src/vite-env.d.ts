/** Types for what Vite adds to modules (asset and CSS imports, import.meta.env). */
/// <reference types="vite/client" />
