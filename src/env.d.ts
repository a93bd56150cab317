declare namespace App {
  interface Locals {
    /** Structured data of the page being rendered (see components/JsonLd.astro and src/middleware.ts). */
    jsonLd?: Record<string, unknown>;
  }
}
