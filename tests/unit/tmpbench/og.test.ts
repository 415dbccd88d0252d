import { test } from 'vitest';
test('og bench', async () => { await import('./og-run'); }, 600000);
