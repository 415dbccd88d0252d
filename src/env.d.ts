interface ImportMetaEnv {
  /** True only under `astro dev` (set by src/integrations/publishing.ts): drafts and scheduled articles show there. */
  readonly SHOW_UNPUBLISHED?: boolean;
}
