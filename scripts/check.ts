/**
 * `npm run check [file…]`: the content check (src/rules/), the same one
 * `astro build` runs. Prints only findings and a one-line summary; exits 1 on
 * an error. Given files, it prints only theirs. Type-checking the code is
 * `npm run check:code`.
 */
import '../src/rules/cli.ts';
