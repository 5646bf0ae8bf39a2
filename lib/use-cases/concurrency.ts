/** Runs at most `limit` tasks at once; used to keep a batch within the model quota. */
const createLimiter = (limit: number) => {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    active -= 1;
    waiting.shift()?.();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      release();
    }
  };
};

type Limiter = ReturnType<typeof createLimiter>;

export type { Limiter };
export { createLimiter };
