// JobsagDemo: generates a realistic, reproducible demo store (caseworkers and cases with
// their histories) from a seed and an "as of" date, after the source documents' figures.
