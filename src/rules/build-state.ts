/**
 * Whether dist/ holds a finished build. A build removes dist/ and this mark
 * when it starts and writes the mark when it ends, so after a failed build
 * `npm run preview` refuses to serve what is left instead of passing it off
 * as new.
 */
export const BUILD_COMPLETE_MARK = '.cache/build-complete.json';
