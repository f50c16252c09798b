// The User Timing mark main.tsx sets when it hands the app to React, after the scripts have been
// evaluated: it splits a page load into loading and evaluating scripts (before) and the first render
// (after), in the browser's performance panel and in `npm run bench -- --workload load`.
export const FIRST_RENDER_MARK = 'concurrency-playground:first-render';
