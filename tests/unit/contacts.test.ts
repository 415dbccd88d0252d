import { describe, expect, it } from 'vitest';
import { missingContactsNotice, resolveContacts } from '../../src/lib/contacts';

const unset = { email: '', repositoryUrl: '', branch: 'main' };

describe('resolveContacts', () => {
  it('leaves every channel absent when nothing is configured (no placeholder)', () => {
    expect(resolveContacts(unset, {})).toEqual({ email: undefined, repository: undefined });
  });

  it('uses what the site config sets, without a trailing slash', () => {
    expect(resolveContacts({ email: 'editors@example.org', repositoryUrl: 'https://github.com/o/r/', branch: 'trunk' }, {})).toEqual({
      email: 'editors@example.org',
      repository: { url: 'https://github.com/o/r', branch: 'trunk' },
    });
  });

  it('takes the repository a GitHub Actions deploy is built from', () => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'someone/knead-to-sleep' };
    expect(resolveContacts(unset, env).repository).toEqual({ url: 'https://github.com/someone/knead-to-sleep', branch: 'main' });
  });

  it('lets the deploy environment override the config', () => {
    const env = { CONTACT_EMAIL: 'team@example.org', SITE_REPOSITORY_URL: 'https://codeberg.org/o/r', SITE_REPOSITORY_BRANCH: 'live', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'x/y' };
    expect(resolveContacts({ email: 'a@example.org', repositoryUrl: 'https://github.com/a/b', branch: 'main' }, env)).toEqual({
      email: 'team@example.org',
      repository: { url: 'https://codeberg.org/o/r', branch: 'live' },
    });
  });

  it('treats blank values as unset', () => {
    expect(resolveContacts({ email: '  ', repositoryUrl: ' ' }, { CONTACT_EMAIL: '' })).toEqual({ email: undefined, repository: undefined });
  });
});

describe('missingContactsNotice', () => {
  it('names what is missing and where to set it, in one line', () => {
    const notice = missingContactsNotice({});
    expect(notice).toContain('CONTACT_EMAIL');
    expect(notice).toContain('SITE_REPOSITORY_URL');
    expect(notice).toContain('src/site.config.ts');
    expect(notice).not.toContain('\n');
    expect(missingContactsNotice({ email: 'e@example.org' })).not.toContain('CONTACT_EMAIL');
  });

  it('says nothing when both are set', () => {
    expect(missingContactsNotice({ email: 'e@example.org', repository: { url: 'https://github.com/o/r', branch: 'main' } })).toBeUndefined();
  });
});
