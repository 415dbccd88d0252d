/**
 * The site's contact channels: each one is set, from the site config or the
 * deploy environment, or absent. Never a placeholder: a feature whose channel
 * is absent is not rendered, and no structured data carries it.
 * Pure: the environment is a parameter.
 */

export interface Repository {
  /** Web address without a trailing slash, e.g. https://github.com/owner/repo. */
  url: string;
  /** The branch edits are proposed against. */
  branch: string;
}

export interface Contacts {
  email?: string | undefined;
  repository?: Repository | undefined;
}

/** What an editor may set in src/site.config.ts; empty means "not confirmed yet". */
export interface ConfiguredContacts {
  email?: string | undefined;
  repositoryUrl?: string | undefined;
  branch?: string | undefined;
}

export type Environment = Readonly<Record<string, string | undefined>>;

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Contacts from the config, overridden by CONTACT_EMAIL and SITE_REPOSITORY_URL
 * (and SITE_REPOSITORY_BRANCH); inside GitHub Actions the repository the site
 * is built from (GITHUB_SERVER_URL/GITHUB_REPOSITORY) is used when none is set.
 */
export function resolveContacts(configured: ConfiguredContacts, env: Environment): Contacts {
  const email = present(env.CONTACT_EMAIL) ?? present(configured.email);
  const actionsRepository =
    present(env.GITHUB_SERVER_URL) && present(env.GITHUB_REPOSITORY) ? `${present(env.GITHUB_SERVER_URL)}/${present(env.GITHUB_REPOSITORY)}` : undefined;
  const repositoryUrl = present(env.SITE_REPOSITORY_URL) ?? present(configured.repositoryUrl) ?? actionsRepository;
  const branch = present(env.SITE_REPOSITORY_BRANCH) ?? present(configured.branch) ?? 'main';
  return {
    email,
    repository: repositoryUrl ? { url: repositoryUrl.replace(/\/+$/, ''), branch } : undefined,
  };
}

/** One line for the production build when a channel is missing, or undefined when both are set. */
export function missingContactsNotice(contacts: Contacts): string | undefined {
  const missing = [
    contacts.email ? undefined : 'an email address (CONTACT_EMAIL)',
    contacts.repository ? undefined : 'a repository (SITE_REPOSITORY_URL, or build in GitHub Actions)',
  ].filter((item): item is string => Boolean(item));
  if (!missing.length) return undefined;
  return `Contacts not set: ${missing.join(' and ')}. Pages show no link that needs them; set them in src/site.config.ts (contacts) or in the deploy environment.`;
}
