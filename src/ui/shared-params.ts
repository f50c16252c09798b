// URL parameters that the app shell reads for every lab (README, "URL parameters": links that keep working).
// Labs must not reuse these names for their own inputs.
export const SHARED_PARAMS = ['lab', 'embed', 'lang', 'theme', 'lesson'] as const;
