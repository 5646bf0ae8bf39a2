/**
 * What a log line may say about a failed record: the error's class and message, and its cause's
 * class. Our errors' messages carry ids and exception names only; a cause's own message (an SDK's
 * text can echo the request) and any ticket text stay out of the logs.
 */
const failureLogFields = (error: unknown) => {
  if (!(error instanceof Error)) return { errorName: typeof error };
  const cause = error.cause instanceof Error ? error.cause.name : undefined;
  return { errorName: error.name, errorMessage: error.message, ...(cause ? { causeName: cause } : {}) };
};

export { failureLogFields };
