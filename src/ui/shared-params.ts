// URL parameters that the app shell reads for every lab (DESIGN section 2, "Stable URLs").
// Labs must not reuse these names for their own inputs.
export const SHARED_PARAMS = ['lab', 'embed', 'lang', 'theme'] as const;
